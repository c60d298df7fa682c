/**
 * Typed readers for single cells, and `readRow`, which reads every column of a row the way its
 * table's schema declares (tables/). Each reader returns the parsed value or undefined and adds a
 * problem to the list when the cell is wrong. None of them throws.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { msg, type Cell } from './messages.ts';
import { parseNumber } from './parse-number.ts';
import type { TableRecord } from './read-table.ts';
import { MAX_TEXT, type Choice, type Column, type Columns, type Table } from './tables/column.ts';
import { looseKey } from '../text/fold.ts';

export type { Choice } from './tables/column.ts';
export type Sink = Problem[];

/** Text cell; reports an empty required cell. */
export function text(r: TableRecord, name: string, required: boolean, sink: Sink): string | undefined {
  const v = r.get(name);
  if (v === '') {
    if (required && r.has(name)) sink.push(msg.required(r.cell(name)));
    return undefined;
  }
  return v;
}

/** Choice cells hold a handful of distinct values ("kết quả", "chính xác"…): fold each once. */
const cellKeys = new Map<string, string>();
const indexes = new WeakMap<readonly Choice[], Map<string, string>>();

/**
 * Loose key of every code and alias → code, built once per list: a choice cell is read on every
 * row (134,000 rows of the stress data), and folding each alias each time cost seconds.
 */
function choiceIndex<T extends string>(choices: readonly Choice<T>[]): Map<string, T> {
  let index = indexes.get(choices);
  if (!index) {
    index = new Map();
    // First match wins, as when the list was scanned in order.
    for (const c of choices) for (const k of [c.code, ...(c.aliases ?? [])].map(looseKey)) if (!index.has(k)) index.set(k, c.code);
    indexes.set(choices, index);
  }
  return index as Map<string, T>;
}

export function choice<T extends string>(r: TableRecord, name: string, choices: readonly Choice<T>[], required: boolean, sink: Sink): T | undefined {
  const v = text(r, name, required, sink);
  if (v === undefined) return undefined;
  let key = cellKeys.get(v);
  if (key === undefined) cellKeys.set(v, (key = v.length > 200 ? v : looseKey(v)));
  const code = choiceIndex(choices).get(key);
  if (code !== undefined) return code;
  sink.push(msg.enumInvalid(r.cell(name), choices));
  return undefined;
}

export const BOOLEAN: readonly Choice<'true' | 'false'>[] = [
  { code: 'true', vi: 'đúng, có', aliases: ['có', 'co', 'yes', 'x', '1', 'đúng'] },
  { code: 'false', vi: 'sai, không', aliases: ['không', 'khong', 'no', '0', 'sai'] },
];

export function bool(r: TableRecord, name: string, required: boolean, sink: Sink): boolean | undefined {
  const v = choice(r, name, BOOLEAN, required, sink);
  return v === undefined ? undefined : v === 'true';
}

export interface NumberContext {
  /** A trailing % is accepted (and dropped, with a warning) only for percentages. */
  allowPercentSign?: boolean;
  unitLabel?: string;
}

/** A number cell: a workbook's number as it is, a text with the file's locale rules (parse-number.ts). */
export function number(r: TableRecord, name: string, required: boolean, sink: Sink, opts: NumberContext = {}): number | undefined {
  const v = text(r, name, required, sink);
  if (v === undefined) return undefined;
  // The cell's location is built only for a message: 134,000 rows read without one.
  const c = () => r.cell(name);
  const native = r.native(name);
  const reading = native !== undefined ? { ok: true as const, value: native, percentSign: v.endsWith('%') } : parseNumber(v, r.delimiter);
  if (!reading.ok) {
    sink.push(reading.reason === 'ambiguous' ? msg.numberAmbiguous(c(), reading.readings, r.delimiter) : reading.reason === 'scientific' ? msg.numberScientific(c(), reading.approx) : msg.numberInvalid(c()));
    return undefined;
  }
  if (reading.percentSign) {
    if (opts.allowPercentSign) {
      if (native === undefined) sink.push(msg.percentSign(c(), reading.value));
    } else {
      sink.push(msg.percentSignNotPercent(c(), opts.unitLabel ?? '?'));
      return undefined;
    }
  }
  if ('how' in reading && reading.how) sink.push(msg.numberReadAs(c(), reading.value, reading.how));
  return reading.value;
}

function validYmd(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Dates as ISO (possibly partial) whatever way they were typed. */
export function date(r: TableRecord, name: string, sink: Sink): string | undefined {
  const v = text(r, name, false, sink);
  if (v === undefined) return undefined;
  let m: RegExpMatchArray | null;
  const pad = (n: string) => n.padStart(2, '0');
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/)) && validYmd(+m[1]!, +m[2]!, +m[3]!)) return v;
  if ((m = v.match(/^(\d{4})-(\d{2})$/)) && +m[2]! >= 1 && +m[2]! <= 12) return v;
  if ((m = v.match(/^(\d{4})$/))) return v;
  if ((m = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)) && validYmd(+m[3]!, +m[2]!, +m[1]!)) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  sink.push(msg.dateInvalid(r.cell(name)));
  return undefined;
}

// ---- rows, as the schema declares them --------------------------------------------------------------

type Value<C extends Column> = z.output<C['value']>;
export type ReadRow<C extends Columns> = { [K in keyof C]?: Value<C[K]> };

/** The message for a value the column's zod schema rejects. */
function rejected(col: Column, c: Cell, v: unknown): Problem {
  if (col.invalid) return col.invalid(c);
  switch (col.kind) {
    case 'id':
      return msg.idInvalid(c, col.pattern!);
    case 'year': {
      const n = col.value as z.ZodNumber;
      return msg.yearInvalid(c, n.minValue ?? 0, n.maxValue ?? 0);
    }
    case 'url':
      return msg.urlInvalid(c);
    case 'integer':
      return (v as number) < 0 ? msg.negative(c, v as number) : msg.notWhole(c, v as number);
    default:
      return msg.tooLong(c, MAX_TEXT);
  }
}

/**
 * One cell read as its column declares: the kind decides how the typed text becomes a value (aliases,
 * locale numbers, dates), then the column's zod schema checks the value (pattern, range, length).
 */
export function readCell(col: Column, r: TableRecord, name: string, sink: Sink, opts: NumberContext = {}): unknown {
  const required = col.required === true;
  let v: unknown;
  switch (col.kind) {
    case 'choice':
      return choice(r, name, col.choices!, required, sink);
    case 'bool':
      return bool(r, name, required, sink);
    case 'number':
      return number(r, name, required, sink, opts);
    case 'integer':
      v = number(r, name, required, sink);
      break;
    case 'year': {
      const t = text(r, name, required, sink);
      v = t === undefined ? undefined : r.native(name) ?? (/^\d{1,4}$/.test(t) ? Number(t) : NaN);
      break;
    }
    case 'date':
      return date(r, name, sink);
    case 'list': {
      const words = text(r, name, required, sink)?.split(/[\s,;]+/).filter(Boolean);
      if (words && col.choices) {
        // Each word checked on its own, so the message names the one that is wrong.
        const codes = new Set(col.choices.map((c) => c.code));
        const bad = words.filter((w) => !codes.has(w));
        for (const w of bad) sink.push(msg.enumInvalid({ ...r.cell(name), value: w }, col.choices));
        if (bad.length) return undefined;
      }
      v = words;
      break;
    }
    default:
      v = text(r, name, required, sink);
  }
  if (v === undefined) return undefined;
  const checked = col.value.safeParse(v);
  if (checked.success) return checked.data;
  sink.push(rejected(col, r.cell(name), v));
  return undefined;
}

/** Every column of a row but those in `except` (read by the caller, which needs context for them). */
export function readRow<C extends Columns>(table: Table<C>, r: TableRecord, sink: Sink, except: readonly (keyof C)[] = []): ReadRow<C> {
  const out: Record<string, unknown> = {};
  for (const name in table.columns) {
    if (except.includes(name)) continue;
    const v = readCell(table.columns[name]!, r, name, sink);
    if (v !== undefined) out[name] = v;
  }
  return out as ReadRow<C>;
}
