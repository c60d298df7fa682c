/**
 * The columns of the bulk tables and the small helpers that define them: a column carried as the
 * data files hold it takes its type and allowed values from the table's schema (data/tables/).
 */
import type { Model, Place } from '../../data/model.ts';
import type { Cell, CsvColumn } from './csv.ts';
import { FIELD_TYPE, type Table } from '../../data/tables/column.ts';
import { INDICATORS, SOURCES } from '../../data/tables/catalogue.ts';
import { OBSERVATIONS } from '../../data/tables/observations.ts';
import { currentPlacesOf } from '../../model/related-places.ts';

export interface TableField extends CsvColumn {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  /** A regular expression every value matches (Table Schema `pattern`). */
  pattern?: string;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** Whose terms apply: the project's compilation (CC BY 4.0) or the upstream admin lists (MIT). */
export type TableLicence = 'compilation' | 'admin';

export interface BulkTable {
  /** Resource name and file name without extension: "so-lieu" → so-lieu.csv, so-lieu.json. */
  name: string;
  fields: TableField[];
  rows: Cell[][];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  licence: TableLicence;
}

export interface BulkOptions {
  /** Absolute URL of a site path ("/tinh/01/" → "https://…/tinh/01/"). */
  pageUrl: (path: string) => string;
}

export const TABLE_NAMES = ['so-lieu', 'don-vi', 'chuyen-doi-xa', 'chuyen-doi-tinh', 'chi-tieu', 'nguon'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const codes = (choices: readonly { code: string }[]) => choices.map((c) => c.code);
export const str = (name: string, extra: Partial<TableField> = {}): TableField => ({ name, type: 'string', ...extra });
export const req = (name: string, extra: Partial<TableField> = {}): TableField => str(name, { required: true, ...extra });

/**
 * A column that the export carries as the data files hold it: its type, whether it is always
 * filled, and its allowed values come from the table's schema (data/tables/). A column whose empty
 * cell has a default is always filled in the export (qualifier `exact`, language `vi`).
 */
export function fromSchema(table: Table, name: string, extra: Partial<TableField> = {}): TableField {
  const c = table.columns[name];
  if (!c) throw new Error(`${table.name} has no column ${name}`);
  const f: TableField = { name, type: FIELD_TYPE[c.kind] };
  if (c.required === true) f.required = true;
  // A list cell holds several codes separated by spaces: a pattern says so, an enum cannot.
  if (c.choices && c.kind === 'list') f.pattern = `^(${codes(c.choices).join('|')})( (${codes(c.choices).join('|')}))*$`;
  else if (c.choices) f.enum = codes(c.choices);
  return { ...f, ...extra };
}
export const obs = (name: string, extra?: Partial<TableField>) => fromSchema(OBSERVATIONS, name, extra);
export const ind = (name: string, extra?: Partial<TableField>) => fromSchema(INDICATORS, name, extra);
export const src = (name: string, extra?: Partial<TableField>) => fromSchema(SOURCES, name, extra);

/** Level and code of a place key ("former_commune:00001"). */
export function splitKey(key: string | undefined): [string, string] | [undefined, undefined] {
  if (!key) return [undefined, undefined];
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** The current units whose pages show this place's figures, as one level and a space-separated code list. */
export function current(model: Model, place: Place): { level?: string; codes?: string; names?: string } {
  if (!place.level.startsWith('former_')) return {};
  const list = currentPlacesOf(model, place);
  if (!list.length) return {};
  return { level: list[0]!.level, codes: list.map((p) => p.code).join(' '), names: list.map((p) => p.fullName).join('; ') };
}

/** Code of the province a place belonged to at its own date (current province, or 2025-03-01 province). */
export const provinceCode = (place: Place): string | undefined => splitKey(place.provinceKey)[1];
