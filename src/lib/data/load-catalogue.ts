/**
 * The indicator catalogue and the source documents: every CSV in indicators/ and sources/.
 */
import type { Indicator, LevelClass, RowOrigin, Source } from './model.ts';
import { bool, choice, date, text, url, type Sink } from './cells.ts';
import { GROUPS, LEVEL_CLASSES, SOURCE_TYPES, UNITS } from './choices.ts';
import { msg } from './messages.ts';
import type { TableRecord } from './read-table.ts';

export const INDICATOR_COLUMNS = ['id', 'name_vi', 'name_en', 'unit', 'denominator', 'higher_is_better', 'group', 'main', 'levels', 'definition', 'legal_basis', 'note'].map(
  (name) => ({ name, inHeader: ['id', 'name_vi', 'name_en', 'unit', 'higher_is_better', 'group', 'definition'].includes(name) }),
);

export const SOURCE_COLUMNS = ['id', 'type', 'title', 'number', 'issuer', 'publisher', 'date', 'url', 'language', 'note'].map((name) => ({
  name,
  inHeader: ['id', 'type', 'title', 'url'].includes(name),
}));

const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

function origin(r: TableRecord): RowOrigin {
  return { file: r.file, line: r.line };
}

/** Ids must be unique across all files of a folder; the first row wins, later ones are errors. */
function checkId(r: TableRecord, pattern: RegExp, seen: Map<string, RowOrigin>, sink: Sink, patternText: { vi: string; en: string }): string | undefined {
  const id = text(r, 'id', true, sink);
  if (id === undefined) return undefined;
  if (!pattern.test(id)) {
    sink.push(msg.idInvalid(r.cell('id'), patternText));
    return undefined;
  }
  const first = seen.get(id);
  if (first) {
    sink.push(msg.duplicateId(r.cell('id'), first));
    return undefined;
  }
  seen.set(id, origin(r));
  return id;
}

/** "national province": the levels an indicator applies to, each checked; empty means all. */
function levels(r: TableRecord, sink: Sink): LevelClass[] {
  const out: LevelClass[] = [];
  for (const word of r.get('levels').split(/[\s,;]+/).filter(Boolean)) {
    const c = LEVEL_CLASSES.find((l) => l.code === word);
    if (c) out.push(c.code);
    else sink.push(msg.enumInvalid({ ...r.cell('levels'), value: word }, LEVEL_CLASSES));
  }
  return out;
}

export function readIndicators(records: TableRecord[], seen: Map<string, RowOrigin>, sink: Sink): Indicator[] {
  const out: Indicator[] = [];
  for (const r of records) {
    const id = checkId(r, INDICATOR_ID, seen, sink, {
      vi: 'Chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (ví dụ learning_families_pct).',
      en: 'Lower-case ASCII letters, digits and underscores, starting with a letter.',
    });
    const nameVi = text(r, 'name_vi', true, sink);
    const nameEn = text(r, 'name_en', true, sink);
    const unit = choice(r, 'unit', UNITS, true, sink);
    const denominator = text(r, 'denominator', false, sink);
    const higherIsBetter = bool(r, 'higher_is_better', true, true, sink);
    const group = choice(r, 'group', GROUPS, true, sink);
    const main = bool(r, 'main', false, false, sink);
    const definition = text(r, 'definition', true, sink);
    const note = text(r, 'note', false, sink);
    if (unit === 'percent' && !denominator && r.has('denominator')) sink.push(msg.denominatorMissing(r.cell('denominator')));
    if (!id || !nameVi || !nameEn || !unit || !group || !definition) continue;
    const ind: Indicator = {
      id,
      nameVi,
      nameEn,
      unit,
      higherIsBetter,
      group,
      main,
      levels: levels(r, sink),
      definition,
      legalBasis: r.get('legal_basis').split(/\s+/).filter(Boolean),
      origin: origin(r),
    };
    if (denominator) ind.denominator = denominator;
    if (note) ind.note = note;
    out.push(ind);
  }
  return out;
}

export function readSources(records: TableRecord[], seen: Map<string, RowOrigin>, sink: Sink): Source[] {
  const out: Source[] = [];
  for (const r of records) {
    const id = checkId(r, SOURCE_ID, seen, sink, {
      vi: 'Chữ thường không dấu, chữ số và dấu gạch nối (ví dụ qd-1373-2021).',
      en: 'Lower-case ASCII letters, digits and hyphens.',
    });
    const type = choice(r, 'type', SOURCE_TYPES, true, sink);
    const title = text(r, 'title', true, sink);
    const link = url(r, 'url', sink);
    const note = text(r, 'note', false, sink);
    const d = date(r, 'date', sink);
    if (!r.get('url') && !note && r.has('url')) sink.push(msg.urlMissing(r.cell('url')));
    if (!id || !type || !title) continue;
    const s: Source = { id, type, title, language: r.get('language') || 'vi', origin: origin(r) };
    for (const [key, col] of [['number', 'number'], ['issuer', 'issuer'], ['publisher', 'publisher']] as const) {
      const v = r.get(col);
      if (v) s[key] = v;
    }
    if (d) s.date = d;
    if (link) s.url = link;
    if (note) s.note = note;
    out.push(s);
  }
  return out;
}
