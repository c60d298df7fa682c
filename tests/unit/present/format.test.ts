import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '../../../src/lib/present/format/vi.ts';

describe('Vietnamese formats', () => {
  it('numbers and dates the vi-VN way', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate('2026-11-22')).toBe('22/11/2026');
    expect(formatValue(72.77, 'percent')).toBe('72,77%');
  });

  it('large VND amounts as Vietnamese papers write them, never "420,936 tỷ"', () => {
    expect(formatValue(6e9, 'vnd')).toBe('6 tỷ đồng');
    expect(formatValue(1.5e9, 'vnd')).toBe('1,5 tỷ đồng');
    expect(formatValue(420_936_000_000, 'vnd')).toBe('420 tỷ 936 triệu đồng');
    expect(formatValue(17_500_000, 'vnd')).toBe('17,5 triệu đồng');
    expect(formatValue(32_643, 'vnd')).toBe('32.643 đồng');
    expect(formatValue(1_234_567_891, 'vnd')).toBe('1.234.567.891 đồng');
  });
});
