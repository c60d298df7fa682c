/**
 * One column of a data table, declared once: the zod schema of its clean value (from which the
 * reader's types come), how a cell typed by a person is read into that value (kind), whether the
 * header and the cell must have it, and its documentation. The validator, data/README.md, the
 * template workbook, the bulk export and datapackage.json all read these declarations.
 */
import { z } from 'zod';
import type { Bilingual, Problem } from '../problems.ts';
import type { Cell } from '../messages-base.ts';

/** A value people may type for a choice column, with the Vietnamese words accepted instead. */
export interface Choice<T extends string = string> {
  code: T;
  vi: string;
  /** Other spellings people type, compared without diacritics and case. */
  aliases?: readonly string[];
}

/**
 * How a cell is read: `text` as is; `id` a code matched against a pattern; `ref` an id of another
 * table; `choice` one of a list (Vietnamese words accepted); `number` in the file's locale;
 * `integer` a whole non-negative number; `year`; `date` (ISO or dd/mm/yyyy); `url`; `bool`
 * (true/false, có/không); `list` ids separated by spaces.
 */
export type ColumnKind = 'text' | 'id' | 'ref' | 'choice' | 'number' | 'integer' | 'year' | 'date' | 'url' | 'bool' | 'list';

/** Table Schema type of a kind, for datapackage.json and the data page. */
export const FIELD_TYPE: Record<ColumnKind, 'string' | 'number' | 'integer' | 'year' | 'boolean' | 'date'> = {
  text: 'string',
  id: 'string',
  ref: 'string',
  choice: 'string',
  number: 'number',
  integer: 'integer',
  year: 'year',
  date: 'string',
  url: 'string',
  bool: 'boolean',
  list: 'string',
};

export interface Column<V extends z.ZodType = z.ZodType> {
  kind: ColumnKind;
  /** The clean value: checked with zod after the cell is read. */
  value: V;
  /** Every documented column is in the header; a column added later may be left out (its default applies). */
  inHeader: boolean;
  /** A cell must be filled (`true`), may be empty (`false`), or another column decides (documented in `doc`). */
  required: boolean | 'conditional';
  /** What an empty cell means. */
  default?: Bilingual;
  doc: Bilingual;
  /** Allowed values of a choice column, with their Vietnamese words. */
  choices?: readonly Choice[];
  /** How an id must be written, for the message when it is not. */
  pattern?: Bilingual;
  /** The table an id refers to (`ref`, `list`). */
  refers?: { vi: string; en: string; where: string };
  /** A value as it would be written, for the docs and the template. */
  example?: string;
  /** The message for a value the zod schema rejects, when the kind's own does not fit. */
  invalid?: (c: Cell) => Problem;
}

export type Columns = Record<string, Column>;

type ValueOf<C> = C extends Column<infer V> ? z.output<V> : never;
type RequiredKeys<C extends Columns> = { [K in keyof C]: C[K]['required'] extends true ? K : never }[keyof C];

/** A row read without error: required cells hold a value, others may be absent. */
export type Row<C extends Columns> = { [K in RequiredKeys<C>]: ValueOf<C[K]> } & { [K in Exclude<keyof C, RequiredKeys<C>>]?: ValueOf<C[K]> };

export interface Table<C extends Columns = Columns> {
  /** Folder of data/ holding the table's files, or the path of its one file. */
  name: string;
  /** Sheet name in a workbook (the template's names). */
  sheet: string;
  title: Bilingual;
  columns: C;
  /** The row as one zod object, for tests and tools that check a whole row. */
  schema: z.ZodType<Row<C>>;
}

export function defineTable<C extends Columns>(def: { name: string; sheet: string; title: Bilingual; columns: C }): Table<C> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, c] of Object.entries(def.columns)) shape[name] = c.required === true ? c.value : c.value.optional();
  return { ...def, schema: z.object(shape) as unknown as z.ZodType<Row<C>> };
}

export const columnNames = (t: Table): string[] => Object.keys(t.columns);

// ---- builders ------------------------------------------------------------------------------------

/** Longest text a cell may hold: a quote is a sentence or a paragraph, never a page. */
export const MAX_TEXT = 4000;

type Opts = Partial<Pick<Column, 'inHeader' | 'default' | 'example' | 'refers' | 'pattern'>> & { required?: boolean | 'conditional' };

function column<V extends z.ZodType>(kind: ColumnKind, value: V, doc: Bilingual, opts: Opts & { choices?: readonly Choice[] }): Column<V> {
  const c: Column<V> = { kind, value, inHeader: opts.inHeader ?? true, required: opts.required ?? false, doc };
  for (const k of ['default', 'example', 'refers', 'pattern', 'choices'] as const) if (opts[k] !== undefined) (c as unknown as Record<string, unknown>)[k] = opts[k];
  return c;
}

const bi = (vi: string, en: string): Bilingual => ({ vi, en });

export const col = {
  text: (doc: Bilingual, opts: Opts = {}) => column('text', z.string().min(1).max(MAX_TEXT), doc, opts),
  /** A short code of a given form that is not an id (no uniqueness), with its own message. */
  pattern: (re: RegExp, invalid: (c: Cell) => Problem, doc: Bilingual, opts: Opts = {}) => ({ ...column('text', z.string().regex(re), doc, opts), invalid }),
  id: (re: RegExp, pattern: Bilingual, doc: Bilingual, opts: Opts = {}) => column('id', z.string().regex(re), doc, { required: true, pattern, ...opts }),
  ref: (refers: Column['refers'] & object, doc: Bilingual, opts: Opts = {}) => column('ref', z.string().min(1), doc, { refers, ...opts }),
  list: (refers: Column['refers'] & object, doc: Bilingual, opts: Opts = {}) => column('list', z.array(z.string()), doc, { refers, ...opts }),
  choice: <const T extends readonly [string, ...string[]]>(codes: T, choices: readonly Choice<T[number]>[], doc: Bilingual, opts: Opts = {}) =>
    column('choice', z.enum(codes), doc, { choices, ...opts }),
  /** Several values of a list in one cell, separated by spaces (or commas). */
  choices: <const T extends readonly [string, ...string[]]>(codes: T, choices: readonly Choice<T[number]>[], doc: Bilingual, opts: Opts = {}) =>
    column('list', z.array(z.enum(codes)), doc, { choices, ...opts }),
  number: (doc: Bilingual, opts: Opts = {}) => column('number', z.number(), doc, opts),
  integer: (doc: Bilingual, opts: Opts = {}) => column('integer', z.int().nonnegative(), doc, opts),
  year: (min: number, max: number, doc: Bilingual, opts: Opts = {}) => column('year', z.int().min(min).max(max), doc, opts),
  date: (doc: Bilingual, opts: Opts = {}) => column('date', z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), doc, opts),
  url: (doc: Bilingual, opts: Opts = {}) => column('url', z.url({ protocol: /^https?$/ }), doc, opts),
  bool: (doc: Bilingual, opts: Opts = {}) => column('bool', z.boolean(), doc, opts),
  bi,
};
