/** Figures as sources print them, converted by fixed rules (data/README.md, value_as_published). */
import { describe, expect, it } from 'vitest';
import { readPublished } from '../../../src/lib/data/published-value.ts';

describe('Vietnamese sources', () => {
  it.each([
    ['24,464 tỷ đồng', 24_464_000_000, undefined, 'vnd'],
    ['hơn 1,5 triệu', 1_500_000, 'more_than', undefined],
    ['85,2%', 85.2, undefined, 'percent'],
    ['412.300 gia đình', 412_300, undefined, undefined],
    ['1 tỷ 250 triệu đồng', 1_250_000_000, undefined, 'vnd'],
    ['gần 2.000 hội viên', 2000, 'nearly', undefined],
    ['khoảng 30 nghìn người', 30_000, 'about', undefined],
    ['ít nhất 70%', 70, 'at_least', 'percent'],
    ['24 nghìn tỷ', 24e12, undefined, undefined],
    ['32.000 đồng/người', 32_000, undefined, 'vnd_per_person'],
    ['từ 80% trở lên', 80, 'at_least', 'percent'],
    ['1,025 tỉ', 1_025_000_000, undefined, undefined],
  ])('%s → %s', (text, value, qualifier, unit) => {
    const r = readPublished(text, 'vi')!;
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe(qualifier);
    expect(r.unit).toBe(unit);
  });
});

describe('English sources', () => {
  it.each([
    ['14,000', 14_000],
    ['more than 1.5 million', 1_500_000],
    ['VND 24.46 trillion', 24_460_000_000_000],
    ['392,000 members', 392_000],
  ])('%s → %s', (text, value) => expect(readPublished(text, 'en')!.value).toBe(value));
  it('reads the same text differently by language, as the source means it', () => {
    expect(readPublished('14,000', 'vi')!.value).toBe(14);
    expect(readPublished('14,000', 'en')!.value).toBe(14000);
  });
});

it.each(['', 'nhiều', 'từ 32.000 đến 35.000 đồng', 'abc 12'])('%s holds no single figure', (text) => expect(readPublished(text, 'vi')).toBeUndefined());
