/**
 * What the check page shows for the files a person dropped: the validator's problems, worded as
 * `npm run validate` words them, and a preview of what would be published (each figure with its
 * place and the page it will appear on). Runs in the browser; no DOM here (check-client.ts prints).
 */
import { checkFiles } from '../../data/check-file.ts';
import { parseDataFile, type WorkbookReader } from '../../data/data-files.ts';
import type { Problem } from '../../data/problems.ts';
import { location, where } from '../../data/report.ts';
import { formatQualified, formatValue } from '../../present/format/vi.ts';
import { placeLabel } from '../../present/labels.ts';
import { t } from '../../../i18n/index.ts';
import { catalogueFrom, type CatalogueJson, type CataloguePlace } from './catalogue.ts';

export interface ProblemView {
  error: boolean;
  /** "observations/x.xlsx:3:7 (trang tính 'Số liệu', ô G3 "value")" */
  at: string;
  message: string;
  value?: string;
  expected?: string;
  fix?: string;
  english: string;
}

export interface PreviewRow {
  /** "dòng 12" or "Số liệu!G12" style position of the row. */
  at: string;
  place: string;
  indicator: string;
  figure: string;
  /** The conversion shown beside the figure: "nguồn viết "24,464 tỷ đồng"". */
  published?: string;
  pages: { href: string; name: string }[];
}

export interface CheckView {
  problems: ProblemView[];
  errors: number;
  warnings: number;
  preview: PreviewRow[];
  ms: number;
}

function problemView(p: Problem): ProblemView {
  const w = where(p);
  const v: ProblemView = {
    error: p.severity === 'error',
    at: `${location(p)}${w ? ` (${w})` : ''}`,
    message: p.message.vi,
    english: [p.message.en, p.expected ? `Expected: ${p.expected.en}` : '', p.fix ? `Fix: ${p.fix.en}` : ''].filter(Boolean).join(' '),
  };
  if (p.value !== undefined && p.value !== '' && !p.message.vi.includes(p.value)) v.value = p.value;
  if (p.expected) v.expected = p.expected.vi;
  if (p.fix) v.fix = p.fix.vi;
  return v;
}

const catalogues = new WeakMap<CatalogueJson, ReturnType<typeof catalogueFrom>>();

export function runCheck(json: CatalogueJson, dropped: { name: string; bytes: Uint8Array }[], readWorkbook?: WorkbookReader): CheckView {
  const started = performance.now();
  let cat = catalogues.get(json);
  if (!cat) catalogues.set(json, (cat = catalogueFrom(json)));
  const files = dropped.map((d) => parseDataFile(d.name, d.name, d.bytes, readWorkbook));
  const res = checkFiles(cat, files);
  const byKey = new Map(cat.placeList.map((p) => [p.key, p]));
  const page = (p: CataloguePlace) => ({ href: p.href!, name: p.fullName });
  const preview = res.observations.map((o): PreviewRow => {
    const place = byKey.get(o.placeKey)!;
    const ind = res.indicators.get(o.indicatorId)!;
    const pages = place.href ? [page(place)] : place.pages.map((i) => cat.placeList[i]!).filter((p) => p.href).map(page);
    const figure = `${formatQualified(o.value, ind.unit, o.qualifier)}${o.valueMax !== undefined ? ` – ${formatValue(o.valueMax, ind.unit)}` : ''}${o.year !== null ? `, ${o.year}` : ''}`;
    const row: PreviewRow = {
      at: o.origin.sheet !== undefined ? `'${o.origin.sheet}' ${o.origin.line}` : String(o.origin.line),
      place: placeLabel(place),
      indicator: ind.nameVi,
      figure,
      pages,
    };
    if (o.valueAsPublished) row.published = t('check.converted', { text: o.valueAsPublished });
    return row;
  });
  const errors = res.problems.filter((p) => p.severity === 'error').length;
  return { problems: res.problems.map(problemView), errors, warnings: res.problems.length - errors, preview, ms: performance.now() - started };
}
