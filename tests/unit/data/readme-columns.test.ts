/** data/README.md documents every column exactly as the schemas declare it (npm run data:docs). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_TABLES } from '../../../src/lib/data/tables/documented.ts';
import { markers, withColumnTables } from '../../../src/lib/data/tables/docs.ts';

const readme = readFileSync('data/README.md', 'utf8');

describe('data/README.md', () => {
  it('has a generated column table for each table people write', () => {
    for (const t of DOCUMENTED_TABLES) for (const m of markers(t)) expect(readme).toContain(m);
  });
  it('is up to date with the schemas (run `npm run data:docs`)', () => {
    expect(withColumnTables(readme, DOCUMENTED_TABLES)).toBe(readme);
  });
  it('documents every column, with its default when it may be left out', () => {
    for (const t of DOCUMENTED_TABLES) {
      for (const [name, c] of Object.entries(t.columns)) {
        expect(readme).toContain(`| \`${name}\` |`);
        if (!c.inHeader) expect(c.default, `${t.name}.${name}`).toBeDefined();
      }
    }
  });
});

describe('data/templates/', () => {
  it.each(DOCUMENTED_TABLES.map((t) => [t.name, t] as const))('%s.csv has every column of the schema, in order', (name, t) => {
    const header = readFileSync(`data/templates/${name}.csv`, 'utf8').split('\n')[0]!.split(',');
    expect(header).toEqual(Object.keys(t.columns));
  });
});
