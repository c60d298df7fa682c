/**
 * Good/bad fixture pairs for the validator (as in sdg-build): each folder under
 * tests/fixtures/validator/ replaces one file of the small good dataset. The full report
 * (exact Vietnamese and English text, file:line:column) is compared with expected.txt.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { formatProblem } from '../../../src/lib/data/report.ts';

const GOOD = resolve('tests/fixtures/datasets/small');
const CASES = resolve('tests/fixtures/validator');
const work = mkdtempSync(join(tmpdir(), 'xhht-validator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function datasetWith(caseName: string): string {
  const dir = join(work, caseName);
  cpSync(GOOD, dir, { recursive: true });
  for (const sub of readdirSync(join(CASES, caseName), { withFileTypes: true })) {
    if (sub.isDirectory()) cpSync(join(CASES, caseName, sub.name), join(dir, sub.name), { recursive: true });
  }
  return dir;
}

const cases = readdirSync(CASES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('the small dataset', () => {
  it('is valid with no warnings', () => {
    const { model, problems } = loadDataset(GOOD, GOOD);
    expect(problems).toEqual([]);
    expect(model?.observations).toHaveLength(3);
  });
});

describe.each(cases)('fixture %s', (name) => {
  it('gives the expected report', async () => {
    const dir = datasetWith(name);
    const { model, problems } = loadDataset(dir, dir);
    const report = problems.map(formatProblem).join('\n\n') + '\n';
    await expect(report).toMatchFileSnapshot(join(CASES, name, 'expected.txt'));
    if (name.startsWith('bad-')) {
      expect(problems.some((p) => p.severity === 'error')).toBe(true);
      expect(model).toBeUndefined();
    } else {
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(model).toBeDefined();
    }
    if (name.startsWith('good-')) expect(problems).toEqual([]);
  });
});

describe('values read from Excel exports', () => {
  it('reads the Vietnamese-locale semicolon file as numbers', () => {
    const dir = datasetWith('good-semicolon-excel-vi');
    const { model } = loadDataset(dir, dir);
    const values = model!.observations.map((o) => [o.placeKey, o.value, o.qualifier, o.basis ?? '']);
    expect(values).toEqual([
      ['national:VN', 70, 'exact', 'recognised'],
      ['former_province:46', 81.5, 'more_than', 'recognised'],
      ['former_commune:19885', 1250, 'exact', ''],
    ]);
  });

  it('normalises decomposed text to NFC', () => {
    const dir = datasetWith('warn-nfd-text');
    const { model } = loadDataset(dir, dir);
    for (const o of model!.observations) expect(o.quote).toBe(o.quote.normalize('NFC'));
  });

  it('restores leading zeros that Excel dropped', () => {
    const dir = datasetWith('warn-leading-zeros');
    const { model } = loadDataset(dir, dir);
    expect(model!.observations.map((o) => o.placeKey)).toContain('former_province:01');
  });
});
