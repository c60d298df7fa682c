/**
 * Names as people spell them: syllables typed as one word ("sapa", "daklak"), and "c" for the
 * "k" of Highlands names ("Đắc Lắc"), on the index side (record words) and the query side.
 */
import { describe, expect, it } from 'vitest';
import { cSpelling, joined, nameForms, spellingForms, wordKey } from '../../../src/lib/outputs/search/spelling.ts';
import { tokenize } from '../../../src/lib/outputs/search/query.ts';
import { nameWords } from '../../../src/lib/outputs/search/record.ts';

describe('joined names', () => {
  it('joins names of several syllables, folded, and leaves single words and numbers alone', () => {
    expect(joined('Sa Pa')).toBe('sapa');
    expect(joined('Đắk Lắk')).toBe('daklak');
    expect(joined('Hồ Chí Minh')).toBe('hochiminh');
    expect(joined("Ea H'Leo")).toBe('eahleo');
    expect(joined('Huế')).toBeUndefined();
    expect(joined('5')).toBeUndefined();
  });

  it('gives the name as written and as one word', () => {
    expect(nameForms('Sa Pa')).toEqual([{ raw: ['sa', 'pa'], key: ['sa', 'pa'] }, { raw: ['sapa'], key: ['sapa'] }]);
    expect(nameForms('Huế')).toEqual([{ raw: ['huế'], key: ['hue'] }]);
    // An apostrophe joins or separates, as people type it.
    expect(nameForms("Cư M'Gar").map((f) => f.key.join(' '))).toEqual(['cu mgar', 'cu m gar', 'cumgar']);
  });
});

describe('"c" for a Highlands "k"', () => {
  it('reads "k" as "c" only where Vietnamese spelling writes "c"', () => {
    expect(cSpelling('đắk lắk')).toBe('đắc lắc');
    expect(cSpelling('krông pắk')).toBe('crông pắc');
    // "k" before e, ê, i, y and in "kh" is Vietnamese spelling: unchanged.
    expect(cSpelling('kim kế kỳ khánh')).toBe('kim kế kỳ khánh');
    expect(wordKey('Đắk'.toLowerCase())).toBe(wordKey('đắc'));
  });

  it('compares a joined query with a joined name the same way ("daklak", "daclac")', () => {
    const joinedName = nameForms('Đắk Lắk')[1]!.key[0];
    expect(tokenize('daklak').key[0]).toBe(joinedName);
    expect(tokenize('daclac').key[0]).toBe(joinedName);
    expect(tokenize('dac lac').key).toEqual(nameForms('Đắk Lắk')[0]!.key);
  });
});

describe('the words the index holds for a name', () => {
  it('adds the joined form, and the "c" spelling where there is a Highlands "k"', () => {
    expect(spellingForms('Sa Pa')).toEqual(['sapa']);
    expect(spellingForms('Đắk Lắk')).toEqual(['daklak', 'dac', 'lac', 'daclac']);
    expect(spellingForms('Huế', undefined)).toEqual([]);
    expect(nameWords('Đồng Nai')).toBe('Đồng Nai Dong dongnai');
  });
});
