import { describe, expect, it } from 'vitest';
import { renderTrend, trendSummary } from '../../../src/lib/present/charts/trend/render.ts';
import { trend } from './fixtures.ts';

describe('trend chart', () => {
  it('renders the fixed state to the same SVG as the snapshot', async () => {
    await expect(renderTrend(trend).svg).toMatchFileSnapshot('__snapshots__/trend.svg');
  });

  it('is deterministic: the same state gives the same bytes', () => {
    expect(renderTrend(structuredClone(trend)).svg).toBe(renderTrend(trend).svg);
  });

  it('summarises in one Vietnamese sentence with vi-VN numbers', () => {
    const one = { ...trend, series: [{ ...trend.series[0]!, points: [trend.series[0]!.points[1]!] }] };
    expect(trendSummary(one)).toBe('Năm 2020, tỷ lệ gia đình được công nhận Gia đình học tập của Việt Nam là 72,77%; mục tiêu năm 2025 là 70%.');
    expect(trendSummary(trend)).toBe(
      'Năm 2020, tỷ lệ gia đình được công nhận Gia đình học tập của Việt Nam là 72,77% (năm 2017: 65,1%); mục tiêu năm 2025 là 70%; biểu đồ có thêm số liệu của Tỉnh Hà Tây (cũ).',
    );
  });

  it('draws qualified values hollow, each series as its own line, targets and the dashed trajectory', () => {
    const { svg, legend, table } = renderTrend(trend);
    expect(svg.match(/class="mk c-pt [^"]*c-approx"/g)).toHaveLength(1);
    expect(svg.match(/class="c-line /g)).toHaveLength(2);
    expect(svg.match(/class="mk c-target"/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('<title>Tỉnh Hà Tây (cũ), năm 2021: hơn 60%</title>');
    expect(legend.map((l) => l.label)).toContain('Tỉnh Hà Tây (cũ)');
    expect(table.rows).toContainEqual(['Tỉnh Hà Tây (cũ)', '2021', 'hơn 60%', 'Kết quả']);
  });

  it('has an accessible root: role img, title and description', () => {
    const { svg, title, summary } = renderTrend(trend);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-trend-national-VN-learning_families_pct-t"/);
    expect(svg).toContain(`<title id="c-trend-national-VN-learning_families_pct-t">${title}</title>`);
    expect(svg).toContain(`<desc id="c-trend-national-VN-learning_families_pct-d">${summary}</desc>`);
  });
});
