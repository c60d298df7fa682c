/**
 * Demo data is never mistaken for real data: every page built from the generated illustrative
 * data set says "dữ liệu minh họa", and no page of the real build does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtml } from '../../scripts/lib/page-weight.ts';

const REAL = resolve(process.env.SITE_DIST ?? 'dist');
const DEMO = resolve('tmp/test-demo-dist');
const BANNER = 'Dữ liệu minh họa';

describe('illustrative build', () => {
  it('says "dữ liệu minh họa" on every page', () => {
    // npm test builds it (scripts/test.ts); a missing build is a failure, not a reason to skip.
    expect(existsSync(DEMO), `${DEMO} is missing: run npm test, or build it as scripts/test.ts does`).toBe(true);
    const pages = listHtml(DEMO);
    expect(pages.length).toBeGreaterThan(50);
    const without = pages.filter((p) => !readFileSync(join(DEMO, p), 'utf8').includes(BANNER));
    expect(without).toEqual([]);
  });
});

describe('real build', () => {
  it('never says "dữ liệu minh họa"', () => {
    const withBanner = listHtml(REAL).filter((p) => readFileSync(join(REAL, p), 'utf8').includes('demo-banner'));
    expect(withBanner).toEqual([]);
  });
});
