import { describe, expect, it } from 'vitest';
import { mapFrame } from '../../../src/lib/present/charts/map/frames.ts';
import { renderMap } from '../../../src/lib/present/charts/map/render.ts';
import { renderLocator } from '../../../src/lib/present/charts/map/locator.ts';
import { mapState } from './fixtures.ts';

const credit = 'Ranh giới: sapnhap.bando.com.vn qua thanglequoc/vietnamese-provinces-database (MIT).';
const unitsOf = (codes: string[]) => codes.map((code) => ({ code, label: `Đơn vị ${code}` }));

describe('choropleth of the 34 provinces', () => {
  const frame = mapFrame('provinces');
  const state = mapState('map/provinces/learning_families_pct/2024', unitsOf(frame.regions.map((r) => r.code)), [['01', 72.5, false], ['48', 85, false], ['79', 55, true]]);

  it('renders the fixed state to the same SVG as the snapshot', async () => {
    await expect(renderMap(state, frame).svg).toMatchFileSnapshot('__snapshots__/map-provinces.svg');
  });

  it('is deterministic, and the frame is computed once per build', () => {
    expect(mapFrame('provinces')).toBe(frame);
    expect(renderMap(structuredClone(state), frame).svg).toBe(renderMap(state, frame).svg);
  });

  it('has every province, Hoàng Sa and Trường Sa in insets, hatched areas without data, and the legend', () => {
    const out = renderMap(state, frame);
    expect(frame.regions).toHaveLength(34);
    expect(frame.insets.map((b) => b.label)).toEqual(['Hoàng Sa', 'Trường Sa']);
    expect(out.svg).toContain('>Hoàng Sa</text>');
    expect(out.svg).toContain('>Trường Sa</text>');
    expect(out.svg.match(/class="mk c-nd"/g)).toHaveLength(31);
    expect(out.svg).toContain('<pattern id="c-map-provinces-learning_families_pct-2024-nd"');
    expect(out.legend.map((l) => l.label)).toEqual(['dưới 50%', 'từ 50% đến dưới 60%', 'từ 60% đến dưới 70%', 'từ 70% đến dưới 80%', 'từ 80% trở lên', 'Chưa có số liệu']);
    expect(out.credit).toBe(credit);
    expect(out.summary).toBe('Năm 2024, 3 trong 34 đơn vị có số liệu về tỷ lệ gia đình được công nhận Gia đình học tập: cao nhất là Đơn vị 48 (85%), thấp nhất là Đơn vị 79 (hơn 55%).');
  });

  it('stays small: under 12 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(renderMap(state, frame).svg).length).toBeLessThan(12_000);
  });
});

describe('choropleth of the 63 former provinces', () => {
  const frame = mapFrame('former-provinces');
  it('has 63 former provinces (Côn Đảo drawn with Bà Rịa - Vũng Tàu) and the two archipelagos', async () => {
    expect(frame.regions).toHaveLength(63);
    expect(frame.insets.map((b) => b.label)).toEqual(['Hoàng Sa', 'Trường Sa']);
    const state = mapState('map/former-provinces/learning_families_pct/2023', unitsOf(frame.regions.map((r) => r.code)), [['28', 61, false], ['77', 75, false]]);
    await expect(renderMap(state, frame).svg).toMatchFileSnapshot('__snapshots__/map-former-provinces.svg');
  });
});

describe('choropleth of the communes of a province', () => {
  it('renders Thành phố Huế (46) to the same SVG as the snapshot', async () => {
    const frame = mapFrame('communes', '46');
    const codes = frame.regions.map((r) => r.code);
    const state = mapState('map/communes/46/learning_families_pct/2024', unitsOf(codes), codes.slice(0, 20).map((c, i) => [c, 45 + i * 2, i % 5 === 0]));
    await expect(renderMap(state, frame).svg).toMatchFileSnapshot('__snapshots__/map-communes-46.svg');
  });

  it('draws Hoàng Sa in an inset on the map of Đà Nẵng, and remote islands in insets', () => {
    expect(mapFrame('communes', '48').insets.map((b) => b.communeCode)).toEqual(['20333']);
    expect(mapFrame('communes', '79').insets.map((b) => b.label)).toEqual(['Côn Đảo']);
  });
});

describe('locator map', () => {
  const state = { communeCode: '19885', provinceCode: '46', communeLabel: 'Xã Quảng Vinh', provinceLabel: 'Thành phố Huế', credit };

  it('renders to the same SVG as the snapshot', async () => {
    await expect(renderLocator(state).svg).toMatchFileSnapshot('__snapshots__/locator-19885.svg');
  });

  it('highlights the commune in its province, in a few KB', async () => {
    const out = renderLocator(state);
    expect(out.summary).toBe('Xã Quảng Vinh (tô đậm) trong Thành phố Huế.');
    expect(out.svg).toContain('class="c-hl"');
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(out.svg).length).toBeLessThan(4_000);
  });

  it('highlights the whole inset for Đặc khu Hoàng Sa', () => {
    const out = renderLocator({ communeCode: '20333', provinceCode: '48', communeLabel: 'Đặc khu Hoàng Sa', provinceLabel: 'Thành phố Đà Nẵng', credit });
    expect(out.svg).toMatch(/<rect [^>]*class="c-hl-ring"/);
  });
});
