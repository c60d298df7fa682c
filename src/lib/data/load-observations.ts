/**
 * Figures (targets and results) from every CSV in observations/, checked against
 * the places, indicators and sources. Every problem is reported; no row is silently dropped.
 */
import type { Indicator, Observation, Place, PlaceLevel, Source } from './model.ts';
import { choice, number, text, year, type Sink } from './cells.ts';
import { BASES, CODE_DIGITS, KINDS, PLACE_LEVELS, QUALIFIERS, RELIABILITIES } from './choices.ts';
import { msg } from './messages.ts';
import { closest, type TableRecord } from './read-table.ts';
import { looseKey } from '../text/fold.ts';
import { VARIANT_PATTERN, figureId } from './figure-id.ts';

export const OBSERVATION_COLUMNS = [
  'place_level', 'place_code', 'place_name', 'indicator', 'kind', 'year', 'value', 'value_max', 'qualifier', 'basis',
  'numerator', 'denominator', 'source', 'variant', 'plan', 'quote', 'note', 'reliability',
].map((name) => ({
  name,
  inHeader: ['place_level', 'place_code', 'indicator', 'kind', 'year', 'value', 'source', 'quote'].includes(name),
}));

export interface ObservationRefs {
  places: Map<string, Place>;
  /** Places by level and folded full name, for "did you mean" hints. */
  placesByLevelName: Map<string, Place[]>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  /** Ids written in the catalogues, including rows that had errors: a reference to one of
   * those is not reported again (the row itself already is). */
  writtenIds: Set<string>;
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
  const level = choice(r, 'place_level', PLACE_LEVELS, true, sink);
  let code = text(r, 'place_code', true, sink);
  if (!level || code === undefined) return undefined;
  const digits = CODE_DIGITS[level];
  if (digits && /^\d+$/.test(code) && code.length < digits) {
    const padded = code.padStart(digits, '0');
    sink.push(msg.codePadded(r.cell('place_code'), padded));
    code = padded;
  }
  if (level === 'national') code = code.toUpperCase();
  const place = refs.places.get(`${level}:${code}`);
  if (!place) {
    const hints: string[] = [];
    const hintsEn: string[] = [];
    const typedName = r.get('place_name');
    if (typedName) {
      const same = refs.placesByLevelName.get(`${level}:${looseKey(typedName)}`) ?? [];
      // A unit can be indexed under more than one spelling of its name: each code once.
      for (const p of [...new Set(same)].slice(0, 3)) {
        hints.push(`"${typedName}" có mã ${p.code}`);
        hintsEn.push(`"${typedName}" has code ${p.code}`);
      }
    }
    for (const other of PLACE_LEVELS) {
      const p = refs.places.get(`${other.code}:${code}`);
      if (p && other.code !== level) {
        hints.push(`mã ${code} là của ${p.fullName} ở cấp ${other.code} (${other.vi})`);
        hintsEn.push(`code ${code} belongs to ${p.fullName} at level ${other.code}`);
      }
    }
    sink.push(
      msg.placeUnknown(
        r.cell('place_code'),
        LEVEL_VI[level],
        level,
        hints.length
          ? { vi: `Gợi ý: ${hints.join('; ')}. Sửa mã hoặc cấp cho đúng.`, en: `Hint: ${hintsEn.join('; ')}. Fix the code or the level.` }
          : undefined,
      ),
    );
    return undefined;
  }
  const typedName = r.get('place_name');
  if (typedName && !nameMatches(typedName, place)) sink.push(msg.placeNameMismatch(r.cell('place_name'), place.fullName));
  return place;
}

function reference<T>(r: TableRecord, column: string, map: Map<string, T>, written: Set<string>, what: { vi: string; en: string; where: string }, required: boolean, sink: Sink): string | undefined {
  const id = text(r, column, required, sink);
  if (id === undefined) return undefined;
  if (!map.has(id)) {
    if (!written.has(id)) sink.push(msg.unknownRef(r.cell(column), what, closest(id, map.keys())));
    return undefined;
  }
  return id;
}

export function readObservations(records: TableRecord[], refs: ObservationRefs, sink: Sink): Observation[] {
  const out: Observation[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const r of records) {
    const before = sink.length;
    const place = resolvePlace(r, refs, sink);
    const indicatorId = reference(r, 'indicator', refs.indicators, refs.writtenIds, { vi: 'chỉ tiêu', en: 'indicator', where: 'data/indicators/' }, true, sink);
    const indicator = indicatorId ? refs.indicators.get(indicatorId) : undefined;
    const kind = choice(r, 'kind', KINDS, true, sink);
    const y = year(r, 'year', false, sink);
    const note = text(r, 'note', false, sink);
    if (r.get('year') === '' && r.has('year') && !note) sink.push(msg.yearMissingNote(r.cell('year')));
    const unitLabel = indicator?.unit;
    const value = number(r, 'value', true, sink, { allowPercentSign: unitLabel === 'percent' || unitLabel === 'percent_change', unitLabel: unitLabel ?? '' });
    const valueMax = number(r, 'value_max', false, sink, { unitLabel: unitLabel ?? '' });
    const qualifier = choice(r, 'qualifier', QUALIFIERS, false, sink) ?? 'exact';
    const reliability = choice(r, 'reliability', RELIABILITIES, false, sink);
    const basis = choice(r, 'basis', BASES, false, sink);
    const numerator = number(r, 'numerator', false, sink);
    const denominator = number(r, 'denominator', false, sink);
    const sourceId = reference(r, 'source', refs.sources, refs.writtenIds, { vi: 'nguồn', en: 'source', where: 'data/sources/' }, true, sink);
    const planId = reference(r, 'plan', refs.sources, refs.writtenIds, { vi: 'văn bản kế hoạch', en: 'plan document', where: 'data/sources/' }, false, sink);
    const quote = text(r, 'quote', true, sink);
    const variant = text(r, 'variant', false, sink);
    if (variant !== undefined && !VARIANT_PATTERN.test(variant)) sink.push(msg.variantInvalid(r.cell('variant')));

    if (value !== undefined && indicator) {
      const c = r.cell('value');
      if (indicator.unit === 'percent' && (value < 0 || value > 100)) sink.push(msg.percentRange(c, value));
      else if (indicator.unit === 'count' && !Number.isInteger(value)) sink.push(msg.notWhole(c, value));
      if (indicator.unit !== 'percent_change' && indicator.unit !== 'percent' && value < 0) sink.push(msg.negative(c, value));
    }
    for (const [col, v] of [['numerator', numerator], ['denominator', denominator]] as const) {
      if (v !== undefined && (v < 0 || !Number.isInteger(v))) sink.push(v < 0 ? msg.negative(r.cell(col), v) : msg.notWhole(r.cell(col), v));
    }
    if (numerator !== undefined && denominator !== undefined) {
      if (numerator > denominator) sink.push(msg.numeratorGtDenominator(r.cell('numerator'), numerator, denominator));
      else if (indicator?.unit === 'percent' && value !== undefined && denominator > 0) {
        const computed = (numerator / denominator) * 100;
        if (Math.abs(computed - value) > 0.5) sink.push(msg.ratioInconsistent(r.cell('value'), value, computed));
      }
    }
    if (planId && kind === 'result') sink.push(msg.planOnResult(r.cell('plan')));
    if (valueMax !== undefined && kind === 'result') sink.push(msg.rangeOnResult(r.cell('value_max')));
    else if (valueMax !== undefined && value !== undefined && valueMax <= value) sink.push(msg.rangeReversed(r.cell('value_max'), value, valueMax));

    const hasError = sink.slice(before).some((p) => p.severity === 'error');
    if (hasError || !place || !indicatorId || !kind || value === undefined || !sourceId || !quote) continue;

    const id = figureId({ placeKey: place.key, indicatorId, kind, year: y ?? null, basis, sourceId, variant });
    // Without its year or basis column (already reported for the file), rows of different years
    // would all look like duplicates of each other: one clear error is better than dozens.
    const first = r.has('year') && r.has('basis') ? seen.get(id) : undefined;
    if (first) {
      sink.push(msg.duplicateObservation(r.file, r.line, first));
      continue;
    }
    seen.set(id, { file: r.file, line: r.line });

    const obs: Observation = {
      id,
      placeKey: place.key,
      indicatorId,
      kind,
      year: y ?? null,
      value,
      qualifier,
      sourceId,
      quote,
      origin: { file: r.file, line: r.line },
    };
    const placeName = r.get('place_name');
    if (placeName) obs.placeName = placeName;
    if (valueMax !== undefined) obs.valueMax = valueMax;
    if (basis) obs.basis = basis;
    if (reliability) obs.reliability = reliability;
    if (numerator !== undefined) obs.numerator = numerator;
    if (denominator !== undefined) obs.denominator = denominator;
    if (planId) obs.planId = planId;
    if (variant) obs.variant = variant;
    if (note) obs.note = note;
    out.push(obs);
  }
  return out;
}
