/**
 * The Frictionless descriptor (`datapackage.json`, Data Package v1 with the Tabular Data Package
 * profile) for the bulk CSV files: fields with types and constraints, keys, licences, sources,
 * and each file's size and SHA-256 of the exact bytes published. Pure: the bytes come in.
 *
 * Choices (see the README of this folder): `version` is the data version (the git commit the
 * site was built from) rather than a semantic version, because that is what pins a citation;
 * `hash` uses the spec's "sha256:" prefix; `encoding` is "utf-8" (the IANA name; the files
 * start with a BOM, which Frictionless tools and pandas skip).
 */
import { createHash } from 'node:crypto';
import { t } from '../../../i18n/index.ts';
import type { BulkTable, TableField, TableLicence } from './bulk.ts';

export interface PackageFile {
  table: BulkTable;
  /** Path relative to datapackage.json: "so-lieu.csv". */
  path: string;
  bytes: Uint8Array;
}

export interface PackageMeta {
  /** Data version: the git commit. */
  version: string;
  /** RFC 3339 date-time of the build. */
  created: string;
  /** Absolute URL of the site's home page. */
  homepage: string;
  /** Demo data: the title and description say so. */
  illustrative: boolean;
}

export interface Licence {
  name: string;
  path: string;
  title: string;
}

export const LICENCES: Record<TableLicence, Licence> = {
  compilation: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
  admin: { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' },
};

/** Upstream sources of the package as a whole; each figure's own source is in nguon.csv. */
export function packageSources(): { title: string; path?: string }[] {
  return [
    { title: t('data.package.sourceFigures'), path: 'nguon.csv' },
    { title: t('data.package.sourceAdmin'), path: 'https://github.com/thanglequoc/vietnamese-provinces-database' },
    { title: t('data.package.sourceCrosswalk'), path: 'https://github.com/daohoangson/dvhcvn' },
    { title: t('data.package.sourceGso') },
  ];
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Description of a field: the table's own text if it has one, else the shared one. */
export function fieldDescription(table: string, field: string): string {
  try {
    return t(`data.field.${table}.${field}`);
  } catch {
    return t(`data.field.${field}`);
  }
}

function fieldDescriptor(table: string, f: TableField): Record<string, unknown> {
  const d: Record<string, unknown> = { name: f.name, type: f.type, description: fieldDescription(table, f.name) };
  if (f.type === 'boolean') {
    d.trueValues = ['true'];
    d.falseValues = ['false'];
  }
  const c: Record<string, unknown> = {};
  if (f.required) c.required = true;
  if (f.unique) c.unique = true;
  if (f.enum) c.enum = [...f.enum];
  if (f.pattern) c.pattern = f.pattern;
  if (Object.keys(c).length) d.constraints = c;
  return d;
}

export function resourceDescriptor(file: PackageFile): Record<string, unknown> {
  const { table } = file;
  const schema: Record<string, unknown> = {
    fields: table.fields.map((f) => fieldDescriptor(table.name, f)),
    missingValues: [''],
    primaryKey: table.primaryKey,
  };
  if (table.foreignKeys.length) schema.foreignKeys = table.foreignKeys;
  return {
    profile: 'tabular-data-resource',
    name: table.name,
    path: file.path,
    title: t(`data.table.${table.name}.title`),
    description: t(`data.table.${table.name}.description`),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.bytes.byteLength,
    hash: `sha256:${sha256(file.bytes)}`,
    dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true, skipInitialSpace: false },
    licenses: [LICENCES[table.licence]],
    schema,
  };
}

/** The whole descriptor; every table must be given, with the bytes written for it. */
export function dataPackage(files: readonly PackageFile[], meta: PackageMeta): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: meta.illustrative ? 'xa-hoi-hoc-tap-so-lieu-minh-hoa' : 'xa-hoi-hoc-tap-so-lieu',
    title: meta.illustrative ? t('data.package.titleIllustrative') : t('data.package.title'),
    description: meta.illustrative ? `${t('data.package.illustrative')} ${t('data.package.description')}` : t('data.package.description'),
    version: meta.version,
    created: meta.created,
    homepage: meta.homepage,
    keywords: ['xã hội học tập', 'khuyến học', 'learning society', 'Việt Nam', 'đơn vị hành chính 2025'],
    licenses: [LICENCES.compilation, LICENCES.admin],
    sources: packageSources(),
    resources: files.map(resourceDescriptor),
  };
}
