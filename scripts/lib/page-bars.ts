/**
 * The page bars of the issue "Say exactly what the data says", measured on a built site: heights at
 * 390 px, element counts, width at 320 px (page-layout.ts) and Lighthouse scores (lighthouse.ts).
 */
import { lighthouseScores, type LighthouseScores } from './lighthouse.ts';
import { measureLayout, type LayoutFigures } from './page-layout.ts';

export interface PageBars {
  layout: LayoutFigures;
  lighthouse: LighthouseScores[];
}

export async function measurePageBars(dist: string): Promise<PageBars> {
  const layout = await measureLayout(dist);
  const paths = [
    '/',
    layout.heights.tallestProvince.path,
    layout.heights.emptiestCommune.path,
    '/xa/19885/',
    layout.elements.indicator?.path ?? '/chi-tieu/learning_families_pct/',
    '/van-ban/qd-387-2022/',
    '/phuong-phap/',
    '/so-sanh/?ma=tinh-86,tinh-01',
  ];
  return { layout, lighthouse: await lighthouseScores(dist, [...new Set(paths)]) };
}

export function pageBarLines(b: PageBars | undefined): string[] {
  if (!b) return ['  page bars (#13): —'];
  const { heights, elements, widest, tooWide } = b.layout;
  const px = (f: { path: string; value: number }) => `${f.value.toLocaleString('vi-VN')} px (${f.path})`;
  const lh = b.lighthouse.map((s) => `    ${s.path}: hiệu năng ${s.performance}, tiếp cận ${s.accessibility}, thực hành ${s.bestPractices}, SEO ${s.seo}${s.failing.length ? ` — ${s.failing.join('; ')}` : ''}`);
  return [
    `  emptiest commune page at 390 px ≤ 3.000 px (#13): ${px(heights.emptiestCommune)}; tallest commune page without figures (sample): ${px(heights.tallestEmptyCommune)}`,
    `  national page at 390 px ≤ 10.000 px (#13): ${px(heights.national)}`,
    `  largest province page at 390 px ≤ 15.000 px (#13): ${px(heights.tallestProvince)}`,
    `  ≤ 3.000 elements on any place or indicator page (#13): ${Object.entries(elements).map(([t, f]) => `${t} ${f.value} (${f.path})`).join(', ')}`,
    `  no page wider than 320 px (#13): widest ${px(widest)}${tooWide.length ? `; too wide: ${tooWide.slice(0, 5).join(', ')}` : ''}`,
    '  Lighthouse mobile, gzip: performance ≥ 95, accessibility, best practices, SEO 100 (#13):',
    ...lh,
  ];
}
