import { describe, expect, it } from 'vitest';
import { pagefindQuery, tokenize, withoutTypeWords } from '../../../src/lib/outputs/search/query.ts';
import { dStrokeFolds } from '../../../src/lib/text/fold.ts';

describe('query text', () => {
  it('folds "đ", which Pagefind keeps', () => {
    expect(dStrokeFolds('Quảng Đông, Đồng Nai')).toEqual(['Dong', 'Dong']);
    expect(dStrokeFolds('1373/QĐ-TTg')).toEqual(['QD']);
    expect(dStrokeFolds('Tân Phú')).toEqual([]);
  });

  it('tokenizes any Unicode form and says whether diacritics were typed', () => {
    const t = tokenize('  Quảng  VINH'.normalize('NFD'));
    expect(t.raw).toEqual(['quảng', 'vinh']);
    expect(t.folded).toEqual(['quang', 'vinh']);
    expect(t.hasDiacritics).toBe(true);
    expect(tokenize('quang vinh').hasDiacritics).toBe(false);
  });

  it('sends NFC to Pagefind, whose diacritics bonus compares forms', () => {
    expect(pagefindQuery(' Tân  Phú '.normalize('NFD'))).toBe('Tân Phú');
  });

  it('drops type and status words for the second try', () => {
    expect(withoutTypeWords('huyện Quảng Xương')).toBe('quảng xương');
    expect(withoutTypeWords('xa quang vinh cu thanh pho sam son')).toBe('quang vinh sam son');
    expect(withoutTypeWords('quang vinh')).toBeUndefined();
    expect(withoutTypeWords('thành phố')).toBeUndefined();
  });
});
