/**
 * Figures (targets and results) from every file in observations/, read as the schema declares
 * (tables/observations.ts) and checked against the places, indicators and sources. Every problem
 * is reported; no row is silently dropped or reinterpreted.
 */
import type { Indicator, Observation, Place, PlaceLevel, Source } from './model.ts';
import { number, readCell, readRow, text, type Sink } from './cells.ts';
import { CODE_DIGITS, CURRENT_UNITS_FROM_YEAR, PLACE_LEVELS, UNITS, type Unit } from './choices.ts';
import { msg } from './messages.ts';
import { readPublished } from './published-value.ts';
import { closest, type TableRecord } from './read-table.ts';
import { OBSERVATIONS } from './tables/observations.ts';
import { looseKey } from '../text/fold.ts';
import { figureId } from './figure-id.ts';

const C = OBSERVATIONS.columns;

export interface ObservationRefs {
  places: Map<string, Place>;
  /** Places by level and folded full name, for "did you mean" hints (built when first asked for). */
  placesByLevelName: () => Map<string, Place[]>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  /** Ids written in the catalogues, including rows that had errors: a reference to one of
   * those is not reported again (the row itself already is). */
  writtenIds: Set<string>;
  /** When true (generated demo data only), current units may have figures before the reform. */
  illustrative?: boolean;
}

const LEVEL_VI: Record<PlaceLevel, string> = {
  national: 'đơn vị cả nước',
  province: 'tỉnh/thành phố hiện nay',
  commune: 'xã/phường/đặc khu hiện nay',
  former_province: 'tỉnh cũ',
  former_district: 'huyện cũ',
  former_commune: 'xã cũ',
  region: 'cụm thi đua',
};

/** Below these, a figure in đồng has lost its "nghìn", "triệu" or "tỷ" (data/README.md). */
const MIN_PLAUSIBLE: Partial<Record<Unit, number>> = { vnd: 1_000_000, vnd_per_person: 1_000 };

/** Marks of the template's example rows (data/templates/, the template workbook). */
export const EXAMPLE_MARK = 'Ví dụ — xóa dòng này trước khi dùng';
export const EXAMPLE_SOURCE_PREFIX = 'vi-du-';

/** Loose comparison of a typed name with the official one ("TP. Hồ Chí Minh" ~ "Thành phố Hồ Chí Minh"). */
const stripped = new Map<string, string>();
/** A name without its type words, folded; cached because every row's place name is checked. */
function strip(s: string): string {
  let k = stripped.get(s);
  if (k === undefined) {
    k = looseKey(s)
      .replace(/\b(thanh pho|tp|tinh|xa|phuong|thi tran|thi xa|quan|huyen|dac khu|cu)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    stripped.set(s, k);
  }
  return k;
}

function nameMatches(typed: string, place: Place): boolean {
  const t = strip(typed.replace(/\(.*?\)/g, ''));
  const names = [place.fullName, place.name, ...(place.altNames ?? [])].map(strip);
  return names.some((n) => n === t || (t.length > 0 && (n.includes(t) || t.includes(n))));
}

function resolvePlace(r: TableRecord, refs: ObservationRefs, sink: Sink): Place | undefined {
  const level = readCell(C.place_level, r, 'place_level', sink) as PlaceLevel | undefined;
  let code = text(r, 'place_code', true, sink);
  if (!level || code === undefined) return undefined;
  const digits = CODE_DIGITS[level];
  if (digits && /^\d+$/.test(code) && code.length < digits) {
    const padded = code.padStart(digits, '0');
    sink.push(msg.codePadded(r.cell('place_code'), padded));
    code = padded;
  }
  if (level === 'national') code = code.toUpperCase();
  const typedName = r.get('place_name');
  // Only for a hint: folding every row's name would cost a second on the stress data.
  const sameName = () => (typedName ? [...new Set(refs.placesByLevelName().get(`${level}:${looseKey(typedName)}`) ?? [])].slice(0, 3) : []);
  const place = refs.places.get(`${level}:${code}`);
  if (!place) {
    const hints: string[] = [];
    const hintsEn: string[] = [];
    // A unit can be indexed under more than one spelling of its name: each code once.
    for (const p of sameName()) {
      hints.push(`"${typedName}" có mã ${p.code}`);
      hintsEn.push(`"${typedName}" has code ${p.code}`);
    }
    for (const other of PLACE_LEVELS) {
      const p = refs.places.get(`${other.code}:${code}`);
      if (p && other.code !== level) {
        hints.push(`mã ${code} là của ${p.fullName} ở cấp ${other.code} (${other.vi})`);
        hintsEn.push(`code ${code} belongs to ${p.fullName} at level ${other.code}`);
      }
    }
    sink.push(
      msg.placeUnknown(r.cell('place_code'), LEVEL_VI[level], level,
        hints.length ? { vi: `Gợi ý: ${hints.join('; ')}. Sửa mã hoặc cấp cho đúng.`, en: `Hint: ${hintsEn.join('; ')}. Fix the code or the level.` } : undefined),
    );
    return undefined;
  }
  if (typedName && !nameMatches(typedName, place)) {
    const same = sameName();
    const hint = same.length
      ? { vi: `"${typedName}" có mã ${same.map((p) => p.code).join(' hoặc ')}: sửa mã cho đúng, hoặc sửa tên nếu chỉ gõ nhầm tên.`, en: `"${typedName}" has code ${same.map((p) => p.code).join(' or ')}: fix the code, or the name if only the name was mistyped.` }
      : undefined;
    sink.push(msg.placeNameMismatch(r.cell('place_name'), place.fullName, hint));
    return undefined;
  }
  return place;
}

function reference<T>(r: TableRecord, column: 'indicator' | 'source' | 'plan', map: Map<string, T>, written: Set<string>, sink: Sink, byName?: Map<string, string>): string | undefined {
  const col = C[column];
  const id = text(r, column, col.required === true, sink);
  if (id === undefined) return undefined;
  if (map.has(id)) return id;
  const named = byName?.get(id.toLowerCase());
  if (named) return named;
  if (!written.has(id)) sink.push(msg.unknownRef(r.cell(column), col.refers!, closest(id, map.keys())));
  return undefined;
}

/** Indicators by their Vietnamese name, lower-case: the template workbook lets staff pick names. */
const namesOf = new WeakMap<Map<string, Indicator>, Map<string, string>>();
function indicatorNames(indicators: Map<string, Indicator>): Map<string, string> {
  let names = namesOf.get(indicators);
  if (!names) {
    names = new Map();
    for (const i of indicators.values()) names.set(i.nameVi.toLowerCase(), i.id);
    namesOf.set(indicators, names);
  }
  return names;
}

const unitVi = (u: Unit) => UNITS.find((x) => x.code === u)!.vi;

export function readObservations(records: TableRecord[], refs: ObservationRefs, sink: Sink): Observation[] {
  const out: Observation[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const r of records) {
    const before = sink.length;
    const place = resolvePlace(r, refs, sink);
    const indicatorId = reference(r, 'indicator', refs.indicators, refs.writtenIds, sink, indicatorNames(refs.indicators));
    const indicator = indicatorId ? refs.indicators.get(indicatorId) : undefined;
    const row = readRow(OBSERVATIONS, r, sink, ['place_level', 'place_code', 'indicator', 'value', 'value_max', 'source', 'plan']);
    const sourceId = reference(r, 'source', refs.sources, refs.writtenIds, sink);
    const planId = reference(r, 'plan', refs.sources, refs.writtenIds, sink);
    const unit = indicator?.unit;
    const ctx = { allowPercentSign: unit === 'percent' || unit === 'percent_change', unitLabel: unit ?? '' };
    let value = number(r, 'value', false, sink, ctx);
    const valueMax = number(r, 'value_max', false, sink, ctx);
    let qualifier = row.qualifier;

    // The figure as printed, converted by the rules of its source's language.
    const printed = row.value_as_published;
    if (printed !== undefined) {
      const c = r.cell('value_as_published');
      const read = readPublished(printed, sourceId ? refs.sources.get(sourceId)?.language : undefined);
      if (!read) sink.push(msg.publishedUnreadable(c));
      else {
        if (read.unit && unit) {
          const fits = read.unit === 'percent' ? unit === 'percent' || unit === 'percent_change' : read.unit === unit || (read.unit === 'vnd' && unit === 'vnd_per_person');
          if (!fits) sink.push(msg.publishedUnit(c, read.unit === 'percent' ? 'một tỷ lệ phần trăm' : unitVi(read.unit), unitVi(unit)));
        }
        if (read.qualifier && qualifier && qualifier !== read.qualifier) sink.push(msg.qualifierMismatch(c, read.qualifierWords!, qualifier));
        qualifier ??= read.qualifier;
        if (value === undefined && r.get('value') === '') value = read.value;
        else if (value !== undefined && Math.abs(value - read.value) > Math.abs(read.value) * 1e-9) sink.push(msg.publishedMismatch(c, value, read.value));
      }
    } else if (r.get('value') === '' && r.has('value')) sink.push(msg.valueMissing(r.cell('value')));

    if (r.get('year') === '' && r.has('year') && !row.note) sink.push(msg.yearMissingNote(r.cell('year')));
    if (place && row.year !== undefined && row.year < CURRENT_UNITS_FROM_YEAR && (place.level === 'province' || place.level === 'commune') && !refs.illustrative) {
      sink.push(msg.currentUnitTooEarly(r.cell('year'), LEVEL_VI[place.level], row.year, CURRENT_UNITS_FROM_YEAR));
    }
    if (row.note?.includes(EXAMPLE_MARK)) sink.push(msg.exampleRow(r.cell('note')));
    else if (r.get('source').startsWith(EXAMPLE_SOURCE_PREFIX)) sink.push(msg.exampleRow(r.cell('source')));

    if (value !== undefined && indicator) {
      const col = printed !== undefined && r.get('value') === '' ? 'value_as_published' : 'value';
      const c = () => r.cell(col);
      const min = MIN_PLAUSIBLE[indicator.unit];
      if (indicator.unit === 'percent' && (value < 0 || value > 100)) sink.push(msg.percentRange(c(), value));
      else if (indicator.unit === 'count' && !Number.isInteger(value)) sink.push(msg.notWhole(c(), value));
      if (indicator.unit !== 'percent_change' && indicator.unit !== 'percent' && value < 0) sink.push(msg.negative(c(), value));
      else if (min !== undefined && value < min && printed === undefined) sink.push(msg.magnitude(c(), value, unitVi(indicator.unit), min));
    }
    const { numerator, denominator } = row;
    if (numerator !== undefined && denominator !== undefined) {
      if (numerator > denominator) sink.push(msg.numeratorGtDenominator(r.cell('numerator'), numerator, denominator));
      else if (indicator?.unit === 'percent' && value !== undefined && denominator > 0) {
        const computed = (numerator / denominator) * 100;
        if (Math.abs(computed - value) > 0.5) sink.push(msg.ratioInconsistent(r.cell('value'), value, computed));
      }
    }
    if (planId && row.kind === 'result') sink.push(msg.planOnResult(r.cell('plan')));
    if (valueMax !== undefined && row.kind === 'result') sink.push(msg.rangeOnResult(r.cell('value_max')));
    else if (valueMax !== undefined && value !== undefined && valueMax <= value) sink.push(msg.rangeReversed(r.cell('value_max'), value, valueMax));

    let hasError = false;
    for (let i = before; i < sink.length && !hasError; i++) hasError = sink[i]!.severity === 'error';
    if (hasError || !place || !indicatorId || !row.kind || value === undefined || !sourceId || !row.quote) continue;

    const id = figureId({ placeKey: place.key, indicatorId, kind: row.kind, year: row.year ?? null, basis: row.basis, sourceId, variant: row.variant });
    // Without its year or basis column (already reported for the file), rows of different years
    // would all look like duplicates of each other: one clear error is better than dozens.
    const first = r.has('year') && r.has('basis') ? seen.get(id) : undefined;
    if (first) {
      sink.push(msg.duplicateObservation(r.file, r.line, first, r.sheet === undefined ? {} : { sheet: r.sheet }));
      continue;
    }
    seen.set(id, { file: r.file, line: r.line });

    const obs: Observation = {
      id,
      placeKey: place.key,
      indicatorId,
      kind: row.kind,
      year: row.year ?? null,
      value,
      qualifier: qualifier ?? 'exact',
      sourceId,
      quote: row.quote,
      origin: { file: r.file, line: r.line },
    };
    if (row.place_name) obs.placeName = row.place_name;
    if (valueMax !== undefined) obs.valueMax = valueMax;
    if (printed !== undefined) obs.valueAsPublished = printed;
    if (row.basis) obs.basis = row.basis;
    if (row.reliability) obs.reliability = row.reliability;
    if (numerator !== undefined) obs.numerator = numerator;
    if (denominator !== undefined) obs.denominator = denominator;
    if (planId) obs.planId = planId;
    if (row.variant) obs.variant = row.variant;
    if (row.note) obs.note = row.note;
    if (r.sheet !== undefined) obs.origin.sheet = r.sheet;
    out.push(obs);
  }
  return out;
}
