import { describe, expect, it } from 'vitest';
import { svgForPage, svgRoot } from '../../../src/lib/present/charts/svg.ts';

describe('svgForPage', () => {
  const full = svgRoot({ id: 'trend/x/y', width: 10, height: 10, title: 'Tiêu đề', summary: 'Năm 2025: 70%.', className: 'c-svg', body: '<path d="M0 0"/>' });

  it('leaves out the <desc> and keeps aria-describedby for the visible summary', () => {
    const { svg, hasDesc } = svgForPage(full, 'trend/x/y');
    expect(hasDesc).toBe(true);
    expect(svg).not.toContain('<desc');
    expect(svg).toContain('aria-describedby="c-trend-x-y-d"');
    expect(svg).toContain('<title id="c-trend-x-y-t">Tiêu đề</title><path d="M0 0"/>');
  });

  it('returns an SVG without a <desc> of its own unchanged', () => {
    expect(svgForPage(full, 'trend/other')).toEqual({ svg: full, hasDesc: false });
  });
});
