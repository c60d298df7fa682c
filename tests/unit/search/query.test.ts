/**
 * Query parsing: how the words people type are read before Pagefind and the re-ranker see them
 * (type words, status words, commas, abbreviations, diacritics, "đ" typed as "d").
 */
import { describe, expect, it } from 'vitest';
import { expandQuery, fits, numberedToken, pagefindTerms, roles, tokenize, typeBefore } from '../../../src/lib/outputs/search/query.ts';
import { dStrokeFolds } from '../../../src/lib/text/fold.ts';

const rolesOf = (text: string) => roles(tokenize(text)).join(' ');

describe('folding', () => {
  it('folds "đ", which Pagefind keeps, keeping apostrophes inside words', () => {
    expect(dStrokeFolds('Quảng Đông, Đồng Nai')).toEqual(['Dong', 'Dong']);
    expect(dStrokeFolds('1373/QĐ-TTg')).toEqual(['QD']);
    expect(dStrokeFolds("M'Đrắk")).toEqual(["M'Drak"]);
    expect(dStrokeFolds('Tân Phú')).toEqual([]);
  });

  it('fits a typed word to a name word: missing diacritics and "d" for "đ" fit, wrong ones do not', () => {
    expect(fits('dong', 'Đồng'.toLowerCase())).toBe(true);
    expect(fits('dồng', 'đồng')).toBe(true);
    expect(fits('đồng', 'đồng')).toBe(true);
    expect(fits('đông', 'đồng')).toBe(false);
    expect(fits('hoá', 'hóa')).toBe(true);
    expect(fits('vinh', 'vĩnh')).toBe(true);
    expect(fits('vĩnh', 'vinh')).toBe(false);
  });
});

describe('tokenize', () => {
  it('reads any Unicode form and says whether diacritics were typed', () => {
    const t = tokenize('  Quảng  VINH'.normalize('NFD'));
    expect(t.raw).toEqual(['quảng', 'vinh']);
    expect(t.folded).toEqual(['quang', 'vinh']);
    expect(t.hasDiacritics).toBe(true);
    expect(tokenize('quang vinh').hasDiacritics).toBe(false);
  });

  it('numbers the comma-separated parts of an address', () => {
    expect(tokenize('xã tân phú, tỉnh đồng nai').segment).toEqual([0, 0, 0, 1, 1, 1]);
    expect(tokenize('Tân Phú; Đồng Nai').segment).toEqual([0, 0, 1, 1]);
  });

  it('joins names written with or without an apostrophe', () => {
    expect(tokenize("Ea H'Leo").raw).toEqual(['ea', 'hleo']);
    expect(tokenize('ea hleo').raw).toEqual(['ea', 'hleo']);
  });
});

describe('expandQuery', () => {
  it('writes out abbreviated type words and short names', () => {
    expect(expandQuery('P.5, Q.3, TP.HCM')).toBe('phường 5, quận 3, thành phố hồ chí minh');
    expect(expandQuery('p5 q10')).toBe('phường 5 quận 10');
    expect(expandQuery('TX. Ba Đồn')).toBe('thị xã ba đồn');
    expect(expandQuery('tp hcm')).toBe('tp hồ chí minh');
    expect(expandQuery('Phường 05')).toBe('phường 5');
  });

  it('leaves document numbers and names that only look like abbreviations alone', () => {
    expect(expandQuery('1373/QĐ-TTg')).toBe('1373/qđ-ttg');
    expect(expandQuery('Ea H’Leo')).toBe('ea hleo');
    expect(expandQuery('Hà Nam')).toBe('hà nam');
  });
});

describe('roles', () => {
  it('reads type words before names, with or without diacritics and commas', () => {
    expect(rolesOf('xã tân phú, tỉnh đồng nai')).toBe('type name name type name name');
    expect(rolesOf('xa tan phu tinh dong nai')).toBe('type name name type name name');
    expect(rolesOf('Xã Quảng Tiên Thị xã Ba Đồn')).toBe('type name name type type name name');
    expect(rolesOf('thành phố hồ chí minh')).toBe('type type name name name');
  });

  it('takes a type word at the end, or right after another, as part of a name', () => {
    expect(rolesOf('huyện sơn tịnh')).toBe('type name name');
    expect(rolesOf('huyen quan hoa')).toBe('type name name');
    expect(rolesOf('xa trinh xa cu, phu ly')).toBe('type name name status name name');
  });

  it('needs the diacritics typed elsewhere on a type word too: "Quan Sơn" is a name', () => {
    expect(rolesOf('Quan Sơn')).toBe('name name');
    expect(rolesOf('quận 1')).toBe('type name');
  });

  it('reads "cũ" after a name, and "cu" only where it cannot end a name', () => {
    expect(rolesOf('xã quảng vinh (cũ), huyện quảng xương')).toBe('type name name status type name name');
    expect(rolesOf('xa quang vinh cu huyen quang xuong')).toBe('type name name status type name name');
    expect(rolesOf('cu chi')).toBe('name name');
    expect(rolesOf('huyen phu cu')).toBe('type name status');
  });

  it('finds the type typed just before a name', () => {
    const q = tokenize('thị xã quảng yên');
    expect(typeBefore(q, 2)).toBe('thi xa');
    expect(typeBefore(tokenize('quan 1'), 1)).toBe('quan');
    expect(typeBefore(tokenize('tân phú, đồng nai'), 2)).toBeUndefined();
  });
});

describe('pagefindTerms', () => {
  it('asks Pagefind the query as typed, then without type and status words', () => {
    expect(pagefindTerms('xã tân phú, tỉnh đồng nai')).toEqual(['xã tân phú, tỉnh đồng nai', 'tân phú đồng nai']);
    expect(pagefindTerms('tan phu dong nai')).toEqual(['tan phu dong nai']);
    expect(pagefindTerms('1373/QĐ-TTg')).toEqual(['1373/qđ-ttg']);
  });

  it('keeps a status word typed without diacritics in a third try: it may be a name', () => {
    expect(pagefindTerms('huyen phu cu')).toEqual(['huyen phu cu', 'phu', 'phu cu']);
    expect(pagefindTerms('xã quảng vinh cũ')).toEqual(['xã quảng vinh cũ', 'quảng vinh']);
  });

  it('asks for numbered wards and districts as one word, as the index holds them', () => {
    expect(pagefindTerms('quận 1')).toEqual(['quận 1', '1', 'quan1']);
    expect(pagefindTerms('P.5, Q.3, TP.HCM')).toContain('phuong5 quan3 hồ chí minh');
    expect(numberedToken('Thị trấn', '2')).toBe('thitran2');
  });

  it('drops type and status words for the second try, and nothing from a name alone', () => {
    expect(pagefindTerms('huyện Quảng Xương')[1]).toBe('quảng xương');
    expect(pagefindTerms('xa quang vinh cu, thanh pho sam son')[1]).toBe('quang vinh sam son');
    expect(pagefindTerms('thành phố')).toEqual(['thành phố']);
  });
});

describe('pagefindTerms for names with an apostrophe typed as a space', () => {
  it('also asks with each lone consonant joined to the next word', () => {
    expect(pagefindTerms('cu m gar dak lak')).toContain('cu mgar dak lak');
    expect(pagefindTerms('xã ea h mlay, m drak')).toContain('ea hmlay mdrak');
    expect(pagefindTerms('tan phu dong nai')).toEqual(['tan phu dong nai']);
  });
});
