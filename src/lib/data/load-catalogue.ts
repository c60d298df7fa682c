/**
 * The indicator catalogue and the source documents: every file in indicators/ and sources/, read
 * as their schemas declare (tables/catalogue.ts).
 */
import type { Indicator, RowOrigin, Source } from './model.ts';
import { readRow, type Sink } from './cells.ts';
import { msg } from './messages.ts';
import type { TableRecord } from './read-table.ts';
import { INDICATORS, SOURCES } from './tables/catalogue.ts';
import { EXAMPLE_MARK, EXAMPLE_SOURCE_PREFIX } from './load-observations.ts';

function origin(r: TableRecord): RowOrigin {
  return r.sheet === undefined ? { file: r.file, line: r.line } : { file: r.file, line: r.line, sheet: r.sheet };
}

/** Ids must be unique across all files of a folder; the first row wins, later ones are errors. */
function unique(r: TableRecord, id: string | undefined, seen: Map<string, RowOrigin>, sink: Sink): string | undefined {
  if (id === undefined) return undefined;
  const first = seen.get(id);
  if (first) {
    sink.push(msg.duplicateId(r.cell('id'), first));
    return undefined;
  }
  seen.set(id, origin(r));
  return id;
}

export function readIndicators(records: TableRecord[], seen: Map<string, RowOrigin>, sink: Sink): Indicator[] {
  const out: Indicator[] = [];
  for (const r of records) {
    const row = readRow(INDICATORS, r, sink);
    const id = unique(r, row.id, seen, sink);
    if (row.unit === 'percent' && !row.denominator && r.has('denominator')) sink.push(msg.denominatorMissing(r.cell('denominator')));
    const { name_vi: nameVi, name_en: nameEn, unit, group, definition, higher_is_better: higherIsBetter } = row;
    if (!id || !nameVi || !nameEn || !unit || !group || !definition || higherIsBetter === undefined) continue;
    const ind: Indicator = { id, nameVi, nameEn, unit, higherIsBetter, group, main: row.main ?? false, levels: row.levels ?? [], definition, legalBasis: row.legal_basis ?? [], origin: origin(r) };
    if (row.denominator) ind.denominator = row.denominator;
    if (row.note) ind.note = row.note;
    out.push(ind);
  }
  return out;
}

export function readSources(records: TableRecord[], seen: Map<string, RowOrigin>, sink: Sink, urls: Map<string, { id: string } & RowOrigin> = new Map()): Source[] {
  const out: Source[] = [];
  for (const r of records) {
    const row = readRow(SOURCES, r, sink);
    const id = unique(r, row.id, seen, sink);
    if (!r.get('url') && !row.note && r.has('url')) sink.push(msg.urlMissing(r.cell('url')));
    if (row.note?.includes(EXAMPLE_MARK) || row.id?.startsWith(EXAMPLE_SOURCE_PREFIX)) sink.push(msg.exampleRow(r.cell('id')));
    if (row.url && id) {
      // The same page declared twice splits its figures between two ids.
      const key = row.url.replace(/\/+$/, '').replace(/^http:/, 'https:');
      const first = urls.get(key);
      if (first) sink.push(msg.duplicateUrl(r.cell('url'), first.id, first));
      else urls.set(key, { id, ...origin(r) });
    }
    if (!id || !row.type || !row.title) continue;
    const s: Source = { id, type: row.type, title: row.title, language: row.language ?? 'vi', origin: origin(r) };
    if (row.number) s.number = row.number;
    if (row.issuer) s.issuer = row.issuer;
    if (row.publisher) s.publisher = row.publisher;
    if (row.date) s.date = row.date;
    if (row.url) s.url = row.url;
    if (row.note) s.note = row.note;
    out.push(s);
  }
  return out;
}
