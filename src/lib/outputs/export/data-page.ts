/**
 * View model of the data page (/du-lieu/): every string it prints, from the published bytes,
 * so the sizes and row counts shown are those of the files served.
 */
import { t } from '../../../i18n/index.ts';
import { formatNumber } from '../../present/format/vi.ts';
import type { Model } from '../../data/model.ts';
import { fieldDescription } from './datapackage.ts';
import type { PublishedData, PublishedFile } from './site.ts';
import { apiIndexPath, indicatorApiPath, indicatorApiPattern, placeApiPath, placeApiPattern, releasesApiPath } from '../../site/urls.ts';

/** 1234 → "1,2 kB", 3456789 → "3,5 MB" (decimal units, as file managers show). */
export function formatBytes(n: number): string {
  if (n < 1000) return t('data.size.bytes', { n: formatNumber(n) });
  if (n < 1_000_000) return t('data.size.kB', { n: formatNumber(Math.round(n / 100) / 10) });
  return t('data.size.MB', { n: formatNumber(Math.round(n / 100_000) / 10) });
}

export interface FileLink {
  label: string;
  name: string;
  href: string;
  size: string;
  format: string;
}

export interface TableCard {
  name: string;
  title: string;
  description: string;
  rowsText: string;
  columnsText: string;
  links: FileLink[];
  fieldsId: string;
}

export interface FieldDoc {
  name: string;
  typeText: string;
  required: boolean;
  description: string;
  valuesText?: string;
}

export interface FieldTable {
  id: string;
  summary: string;
  fields: FieldDoc[];
}

export interface ApiRow {
  pattern: string;
  content: string;
  examples: { href: string; label: string }[];
}

export interface DataPageView {
  cards: TableCard[];
  packageLink: FileLink;
  fieldTables: FieldTable[];
  apiRows: ApiRow[];
  apiCountText: string;
  figureCount: string;
}

const link = (f: PublishedFile): FileLink => ({
  label: t('data.files.linkLabel', { file: f.name, size: formatBytes(f.bytes.byteLength) }),
  name: f.name,
  href: f.href,
  size: formatBytes(f.bytes.byteLength),
  format: f.format.toUpperCase(),
});

export function dataPageView(model: Model, data: PublishedData, api: Map<string, string>, href: (path: string) => string): DataPageView {
  const cards = data.tables.map((table): TableCard => ({
    name: table.name,
    title: t(`data.table.${table.name}.title`),
    description: t(`data.table.${table.name}.description`),
    rowsText: t('data.files.rows', { count: formatNumber(table.rows.length) }),
    columnsText: t('data.files.columns', { count: formatNumber(table.fields.length) }),
    links: [data.byName.get(`${table.name}.csv`)!, data.byName.get(`${table.name}.json`)!].map(link),
    fieldsId: `cot-${table.name}`,
  }));
  const fieldTables = data.tables.map((table): FieldTable => ({
    id: `cot-${table.name}`,
    summary: t('data.fields.summary', { file: `${table.name}.csv`, count: table.fields.length }),
    fields: table.fields.map((f) => {
      const doc: FieldDoc = { name: f.name, typeText: t(`data.fields.type.${f.type}`), required: Boolean(f.required), description: fieldDescription(table.name, f.name) };
      if (f.enum) doc.valuesText = t('data.fields.values', { values: f.enum.join(', ') });
      return doc;
    }),
  }));
  let apiBytes = 0;
  for (const body of api.values()) apiBytes += Buffer.byteLength(body);
  const province = model.provinces[0];
  const commune = model.communes.find((c) => (model.predecessors.get(c.key)?.length ?? 0) > 1) ?? model.communes[0];
  const indicator = model.indicators.find((i) => i.main) ?? model.indicators[0];
  const example = (path: string) => ({ href: href(path), label: path.replace('/api/v1/', '') });
  const places = [model.nation, province, commune, model.regions[0]].filter((p) => p !== undefined);
  const apiRows: ApiRow[] = [
    { pattern: apiIndexPath, content: t('data.api.index'), examples: [example(apiIndexPath)] },
    { pattern: placeApiPattern, content: t('data.api.place'), examples: places.map((p) => example(placeApiPath(p))) },
  ];
  if (indicator) {
    apiRows.push({ pattern: indicatorApiPattern, content: t('data.api.indicator'), examples: [example(indicatorApiPath(indicator.id))] });
  }
  apiRows.push({ pattern: releasesApiPath, content: t('versions.apiRow'), examples: [example(releasesApiPath)] });
  return {
    cards,
    packageLink: link(data.byName.get('datapackage.json')!),
    fieldTables,
    apiRows,
    apiCountText: t('data.api.count', { count: formatNumber(api.size), size: formatBytes(apiBytes) }),
    figureCount: formatNumber(model.observations.length),
  };
}
