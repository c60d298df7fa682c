/**
 * Typed readers for single cells. Each returns the parsed value or undefined,
 * and adds a problem to the list when the cell is wrong. None of them throws.
 */
import type { Problem } from './problems.ts';
import { msg } from './messages.ts';
import { parseNumber } from './parse-number.ts';
import type { TableRecord } from './read-table.ts';
import { looseKey } from '../text/fold.ts';

export type Sink = Problem[];

export interface Choice<T extends string> {
  code: T;
  vi: string;
  /** Other spellings people type, compared without diacritics and case. */
  aliases?: readonly string[];
}

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
const indexes = new WeakMap<readonly Choice<string>[], Map<string, string>>();

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

export function choice<T extends string>(
  r: TableRecord,
  name: string,
  choices: readonly Choice<T>[],
  required: boolean,
  sink: Sink,
): T | undefined {
  const v = text(r, name, required, sink);
  if (v === undefined) return undefined;
  let key = cellKeys.get(v);
  if (key === undefined) cellKeys.set(v, (key = looseKey(v)));
  const code = choiceIndex(choices).get(key);
  if (code !== undefined) return code;
  sink.push(msg.enumInvalid(r.cell(name), choices));
  return undefined;
}

export const BOOLEAN: readonly Choice<'true' | 'false'>[] = [
  { code: 'true', vi: 'đúng, có', aliases: ['có', 'co', 'yes', 'x', '1', 'đúng'] },
  { code: 'false', vi: 'sai, không', aliases: ['không', 'khong', 'no', '0', 'sai'] },
];

export function bool(r: TableRecord, name: string, required: boolean, fallback: boolean, sink: Sink): boolean {
  const v = choice(r, name, BOOLEAN, required, sink);
  return v === undefined ? fallback : v === 'true';
}

/** A number cell read with the file's locale rules (see parse-number.ts). */
export function number(
  r: TableRecord,
  name: string,
  required: boolean,
  sink: Sink,
  opts: { allowPercentSign?: boolean; unitLabel?: string } = {},
): number | undefined {
  const v = text(r, name, required, sink);
  if (v === undefined) return undefined;
  const c = r.cell(name);
  const reading = parseNumber(v, r.delimiter);
  if (!reading.ok) {
    sink.push(reading.reason === 'ambiguous' ? msg.numberAmbiguous(c, reading.readings) : msg.numberInvalid(c));
    return undefined;
  }
  if (reading.percentSign) {
    if (opts.allowPercentSign) sink.push(msg.percentSign(c, reading.value));
    else {
      sink.push(msg.percentSignNotPercent(c, opts.unitLabel ?? '?'));
      return undefined;
    }
  }
  if (reading.how) sink.push(msg.numberReadAs(c, reading.value, reading.how));
  return reading.value;
}

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;

export function year(r: TableRecord, name: string, required: boolean, sink: Sink): number | undefined {
  const v = text(r, name, required, sink);
  if (v === undefined) return undefined;
  const n = /^\d{4}$/.test(v) ? Number(v) : NaN;
  if (!(n >= YEAR_MIN && n <= YEAR_MAX)) {
    sink.push(msg.yearInvalid(r.cell(name), YEAR_MIN, YEAR_MAX));
    return undefined;
  }
  return n;
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
  if ((m = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)) && validYmd(+m[3]!, +m[2]!, +m[1]!)) {
    return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  }
  sink.push(msg.dateInvalid(r.cell(name)));
  return undefined;
}

export function url(r: TableRecord, name: string, sink: Sink): string | undefined {
  const v = text(r, name, false, sink);
  if (v === undefined) return undefined;
  try {
    const u = new URL(v);
    if (u.protocol === 'https:' || u.protocol === 'http:') return v;
  } catch {
    // reported below
  }
  sink.push(msg.urlInvalid(r.cell(name)));
  return undefined;
}
