import { describe, expect, it } from 'vitest';
import { rankingSummary, renderRanking } from '../../../src/lib/present/charts/ranking/render.ts';
import { ranking } from './fixtures.ts';

describe('ranking chart', () => {
  it('renders the fixed state to the same SVG as the snapshot', async () => {
    await expect(renderRanking(ranking).svg).toMatchFileSnapshot('__snapshots__/ranking.svg');
  });

  it('is deterministic', () => {
    expect(renderRanking(structuredClone(ranking)).svg).toBe(renderRanking(ranking).svg);
  });

  it('ranks best first and lists places without data instead of dropping them', () => {
    const { svg, table } = renderRanking(ranking);
    expect(table.rows.map((r) => r[1])).toEqual(['Thừa Thiên Huế', 'Bắc Ninh', 'Vĩnh Long', 'Hà Nội', 'Hà Giang']);
    expect(table.rows[4]).toEqual(['', 'Hà Giang', 'Chưa có số liệu', '']);
    expect(svg).toContain('Chưa có số liệu năm 2023 (2): Hà Nội, Hà Giang.');
    expect(svg.match(/class="c-ref c-ref-(parent|target)"/g)).toHaveLength(2);
  });

  it('summarises highest, lowest and the reference lines', () => {
    expect(rankingSummary(ranking)).toBe(
      'Năm 2023, 3 trong 5 tỉnh, thành phố cũ có số liệu về tỷ lệ gia đình được công nhận Gia đình học tập: cao nhất là Thừa Thiên Huế (hơn 81,5%), thấp nhất là Vĩnh Long (64%); cả nước năm 2023: 72,77%; mục tiêu 2025 (quốc gia): 70%.',
    );
  });
});
