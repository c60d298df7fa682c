/**
 * Page weight budgets (issues #2, #3), gzip, everything a page loads before interaction.
 * Weight is deterministic, so it is tested; build time and memory are measured by `npm run bench`.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtml, measurePage, summarise } from '../../scripts/lib/page-weight.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const KB = 1024;
const weights = listHtml(DIST).map((p) => measurePage(DIST, p, process.env.SITE_BASE ?? '/'));
const byType = new Map(summarise(weights).map((s) => [s.type, s]));
const worst = (type: string, key: 'htmlGzip' | 'totalGzip' | 'jsGzip' | 'cssGzip') =>
  weights.filter((w) => w.type === type).reduce((a, b) => (b[key] > a[key] ? b : a));

describe('page weight (gzip)', () => {
  it('commune pages: HTML ≤ 20 KB, shared CSS ≤ 10 KB, everything ≤ 40 KB', () => {
    expect(byType.get('commune')!.htmlMax, worst('commune', 'htmlGzip').path).toBeLessThanOrEqual(20 * KB);
    expect(worst('commune', 'cssGzip').cssGzip).toBeLessThanOrEqual(10 * KB);
    expect(byType.get('commune')!.totalMax, worst('commune', 'totalGzip').path).toBeLessThanOrEqual(40 * KB);
  });

  it('province pages ≤ 120 KB and the national page ≤ 150 KB', () => {
    expect(byType.get('province')!.totalMax, worst('province', 'totalGzip').path).toBeLessThanOrEqual(120 * KB);
    expect(byType.get('national')!.totalMax).toBeLessThanOrEqual(150 * KB);
  });

  it('no page loads more than 15 KB of JavaScript, but the compare page', () => {
    const w = weights.filter((x) => x.type !== 'compare').reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
    expect(w.jsGzip, w.path).toBeLessThanOrEqual(15 * KB);
  });

  it('the compare page ≤ 60 KB with everything it loads before its data (#17)', () => {
    // It draws its charts in the browser with the site's own renderer: d3 and the UI strings come with it.
    expect(byType.get('compare')!.totalMax).toBeLessThanOrEqual(60 * KB);
  });
});
