/**
 * datapackage.json against the official Frictionless JSON Schemas (vendored in
 * tests/fixtures/frictionless/, see its README), then the CSV data against the descriptor:
 * types, required, enum, unique, primary and foreign keys, bytes and hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { build, DATASETS, parseCsv } from './helpers.ts';

const schema = (name: string) => JSON.parse(readFileSync(resolve('tests/fixtures/frictionless', `${name}.json`), 'utf8')) as object;

function validator(name: string) {
  // The official profiles carry editor keywords (propertyOrder, context, options): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // an editor hint in the profiles, not a constraint
  return ajv.compile(schema(name));
}
const profiles = {
  package: validator('tabular-data-package'),
  dataPackage: validator('data-package'),
  resource: validator('tabular-data-resource'),
  tableSchema: validator('table-schema'),
};

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[] };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

/** Whether a CSV cell is a valid value of a Table Schema type (v1 defaults, bareNumber true). */
function typeOk(type: string, cell: string): boolean {
  switch (type) {
    case 'string':
      return true;
    case 'integer':
      return /^-?\d+$/.test(cell);
    case 'number':
      return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell);
    case 'year':
      return /^\d{4}$/.test(cell);
    case 'boolean':
      return cell === 'true' || cell === 'false';
    default:
      return false;
  }
}

describe.each(Object.entries(DATASETS))('datapackage.json of the %s dataset', (_name, dir) => {
  const { descriptor, files } = build(dir);
  const json = JSON.parse(JSON.stringify(descriptor)) as { resources: Resource[] } & Record<string, unknown>;

  it('validates against the Tabular Data Package and Data Package schemas', () => {
    expect(profiles.package(json), JSON.stringify(profiles.package.errors, null, 1)).toBe(true);
    expect(profiles.dataPackage(json), JSON.stringify(profiles.dataPackage.errors, null, 1)).toBe(true);
  });

  it('has resources that validate as Tabular Data Resources with valid Table Schemas', () => {
    for (const r of json.resources) {
      expect(profiles.resource(r), `${r.name}: ${JSON.stringify(profiles.resource.errors)}`).toBe(true);
      expect(profiles.tableSchema(r.schema), `${r.name}: ${JSON.stringify(profiles.tableSchema.errors)}`).toBe(true);
    }
  });

  it('is caught by the schema when broken (the validator is really checking)', () => {
    const broken = structuredClone(json) as unknown as { resources: Record<string, unknown>[] };
    broken.resources[0]!.hash = 'not-a-hash';
    expect(profiles.package(broken)).toBe(false);
    expect(profiles.package({ ...json, resources: [] })).toBe(false);
  });

  it('gives the data version, licences and sources', () => {
    expect(json.version).toBe('0a21a09');
    expect(json.profile).toBe('tabular-data-package');
    expect(json.licenses).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'CC-BY-4.0' }), expect.objectContaining({ name: 'MIT' })]));
    expect((json.sources as unknown[]).length).toBeGreaterThan(0);
  });

  it('states the exact size and SHA-256 of every file', () => {
    expect(json.resources.map((r) => r.path)).toEqual(files.map((f) => f.path));
    for (const [i, r] of json.resources.entries()) {
      const bytes = files[i]!.bytes;
      expect(r.bytes).toBe(bytes.byteLength);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('describes the CSV data truly: header, types, required, enum, unique, keys', () => {
    const parsed = new Map(json.resources.map((r, i) => [r.name, parseCsv(files[i]!.bytes)]));
    const problems: string[] = [];
    for (const r of json.resources) {
      const { header, rows } = parsed.get(r.name)!;
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      r.schema.fields.forEach((f, j) => {
        const seen = new Set<string>();
        for (const [i, row] of rows.entries()) {
          const cell = row[j]!;
          const where = `${r.name} row ${i + 2} ${f.name}=${JSON.stringify(cell)}`;
          if (cell === '') {
            if (f.constraints?.required) problems.push(`${where}: required`);
            continue;
          }
          if (!typeOk(f.type, cell)) problems.push(`${where}: not ${f.type}`);
          if (f.constraints?.enum && !f.constraints.enum.includes(cell)) problems.push(`${where}: not in enum`);
          if (f.constraints?.unique) {
            if (seen.has(cell)) problems.push(`${where}: duplicate`);
            seen.add(cell);
          }
        }
      });
      const pk = r.schema.primaryKey.map((n) => header.indexOf(n));
      const keys = new Set(rows.map((row) => pk.map((j) => row[j]).join('\u0000')));
      if (keys.size !== rows.length) problems.push(`${r.name}: primary key ${r.schema.primaryKey} not unique`);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = parsed.get(fk.reference.resource)!;
        const tj = fk.reference.fields.map((n) => target.header.indexOf(n));
        const targetKeys = new Set(target.rows.map((row) => tj.map((j) => row[j]).join('\u0000')));
        const sj = fk.fields.map((n) => header.indexOf(n));
        for (const row of rows) {
          const vals = sj.map((j) => row[j]);
          if (vals.every((v) => v === '')) continue;
          if (!targetKeys.has(vals.join('\u0000'))) problems.push(`${r.name} ${fk.fields} → ${fk.reference.resource}: ${vals} missing`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('an illustrative data set', () => {
  it('says so in the name, title and description of datapackage.json', async () => {
    const { dataPackage } = await import('../../../src/lib/outputs/export/datapackage.ts');
    const { files } = build(DATASETS.small);
    const d = dataPackage(files, { version: 'x', created: '2026-11-23T08:00:00Z', homepage: 'https://example.org/', illustrative: true }) as Record<string, string>;
    expect(d.name).toBe('xa-hoi-hoc-tap-so-lieu-minh-hoa');
    expect(d.title).toMatch(/MINH HỌA/);
    expect(d.description).toMatch(/^DỮ LIỆU MINH HỌA/);
    expect(profiles.package(d)).toBe(true);
  });
});
