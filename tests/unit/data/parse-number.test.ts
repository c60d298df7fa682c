import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/lib/data/parse-number.ts';

const value = (raw: string, d: ',' | ';') => {
  const r = parseNumber(raw, d);
  return r.ok ? r.value : r.reason;
};

describe('numbers in comma-separated files (canonical)', () => {
  it.each([
    ['12.5', 12.5], ['32000', 32000], ['-3', -3], ['0.125', 0.125], ['72.77', 72.77],
    ['12,5', 12.5], ['1.234.567', 1234567], ['1,234,567', 1234567], ['1.234,5', 1234.5], ['1,234.5', 1234.5],
    ['32 000', 32000], ['12345,678', 12345.678], ['81.5%', 81.5],
  ])('%s → %s', (raw, expected) => expect(value(raw, ',')).toBe(expected));

  it.each(['32.000', '1,234', '1.250'])('%s is ambiguous', (raw) => expect(value(raw, ',')).toBe('ambiguous'));
  it.each(['abc', '12,5,6', '1..2', '', '12 ,5', 'hơn 12'])('%s is not a number', (raw) => expect(value(raw, ',')).toBe('invalid'));
});

describe('numbers in semicolon files (Vietnamese-locale Excel)', () => {
  it.each([
    ['12,5', 12.5], ['32.000', 32000], ['1.234,5', 1234.5], ['1.234.567', 1234567], ['72,77', 72.77], ['12.5', 12.5], ['0,125', 0.125], ['1,2345', 1.2345],
  ])('%s → %s', (raw, expected) => expect(value(raw, ';')).toBe(expected));
  // An English source's "14,000" copied into a semicolon file would silently be 14.
  it.each(['14,000', '392,000', '1,234'])('%s is ambiguous', (raw) => expect(value(raw, ';')).toBe('ambiguous'));
  it.each([['1,588E+11', ';'], ['1.588E+11', ','], ['2e5', ',']] as const)('%s is Excel scientific notation', (raw, d) => expect(value(raw, d)).toBe('scientific'));
  it('reads a point followed by three digits as grouping, and a longer leader as a decimal point', () => {
    expect(value('12.500', ';')).toBe(12500);
    expect(value('1234.567', ';')).toBe(1234.567);
  });
});

it('flags how the number was read, for the warning', () => {
  expect(parseNumber('12,5', ',')).toMatchObject({ ok: true, how: 'decimal-comma' });
  expect(parseNumber('12,5', ';')).toMatchObject({ ok: true });
  expect(parseNumber('12,5', ';')).not.toHaveProperty('how');
  expect(parseNumber('81,5%', ';')).toMatchObject({ ok: true, value: 81.5, percentSign: true });
});
