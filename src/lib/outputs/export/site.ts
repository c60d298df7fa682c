/**
 * The one impure module of this folder: the build's model and version in, the published bytes
 * out, computed once per build and cached. The /du-lieu/ and /api/ endpoints and the data page
 * all read from here, so the size printed on the data page is the size of the bytes written,
 * whatever order Astro renders them in.
 */
import { getModel } from '../../data/site-model.ts';
import { absoluteUrl, apiIndexPath, dataFilePath, datapackagePath, href, indicatorApiPath, placeApiPath } from '../../site/urls.ts';
import { siteConfig } from '../../site/config.ts';
import type { Model } from '../../data/model.ts';
import { bulkTables, tableJson, type BulkTable } from './bulk.ts';
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { allApiPlaces, apiIndex, indicatorApi, placeApi, type ApiContext } from './api.ts';

export interface PublishedFile {
  /** File name under /du-lieu/: "so-lieu.csv". */
  name: string;
  /** Site path including the base: "/du-lieu/so-lieu.csv". */
  href: string;
  format: 'csv' | 'json';
  mediatype: string;
  bytes: Uint8Array<ArrayBuffer>;
  table?: BulkTable;
}

export interface PublishedData {
  tables: BulkTable[];
  /** Every file under /du-lieu/, datapackage.json last. */
  files: PublishedFile[];
  byName: Map<string, PublishedFile>;
}

/** Build time to the second, for datapackage.json "created". */
const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

const encoder = new TextEncoder();
let published: PublishedData | undefined;

function build(model: Model): PublishedData {
  const tables = bulkTables(model, { pageUrl: absoluteUrl });
  const header = {
    dataset: model.dataset.name,
    illustrative: model.dataset.illustrative,
    data_version: siteConfig().dataVersion,
    built: siteConfig().buildDate,
    datapackage_url: absoluteUrl(datapackagePath),
  };
  const file = (name: string, format: 'csv' | 'json', text: string, table?: BulkTable): PublishedFile => {
    const f: PublishedFile = { name, href: href(dataFilePath(name)), format, mediatype: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json', bytes: encoder.encode(text) };
    if (table) f.table = table;
    return f;
  };
  const files: PublishedFile[] = [];
  for (const table of tables) {
    files.push(file(`${table.name}.csv`, 'csv', toCsv(table.fields, table.rows), table));
    files.push(file(`${table.name}.json`, 'json', tableJson(table, header), table));
  }
  const pkg = dataPackage(
    files.filter((f) => f.format === 'csv').map((f) => ({ table: f.table!, path: f.name, bytes: f.bytes })),
    { version: siteConfig().dataVersion, created, homepage: absoluteUrl('/'), illustrative: model.dataset.illustrative },
  );
  files.push(file('datapackage.json', 'json', `${JSON.stringify(pkg, null, 2)}\n`));
  return { tables, files, byName: new Map(files.map((f) => [f.name, f])) };
}

/** The bulk files, built on first use. */
export function publishedData(): PublishedData {
  published ??= build(getModel());
  return published;
}

export function apiContext(model: Model): ApiContext {
  return { version: siteConfig().dataVersion, date: siteConfig().buildDate, illustrative: model.dataset.illustrative, url: absoluteUrl };
}

let api: Map<string, string> | undefined;

/**
 * Every API file by its path (without base), built in one pass on first use: a few
 * milliseconds per thousand places, and the data page needs their total size anyway.
 */
export function apiFiles(): Map<string, string> {
  if (api) return api;
  const model = getModel();
  const ctx = apiContext(model);
  api = new Map();
  api.set(apiIndexPath, JSON.stringify(apiIndex(model, ctx, model.dataset.name)));
  for (const p of allApiPlaces(model)) api.set(placeApiPath(p), JSON.stringify(placeApi(model, p, ctx)));
  for (const i of model.indicators) api.set(indicatorApiPath(i.id), JSON.stringify(indicatorApi(model, i.id, ctx)));
  return api;
}

/** The response for one API path, as written to dist/. */
export function apiResponse(path: string): Response {
  const body = apiFiles().get(path);
  if (body === undefined) throw new Error(`No API file for ${path}`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
