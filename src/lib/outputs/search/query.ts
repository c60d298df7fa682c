/**
 * Query text as people type it: any Unicode form (NFD from some keyboards), with or without
 * diacritics, with or without the type word ("xã", "huyện"…).
 */
import { asciiFold, nfc } from '../../text/fold.ts';

export interface QueryTokens {
  /** Lower-case NFC words: "tân", "phú". */
  raw: string[];
  /** The same words ASCII-folded: "tan", "phu". */
  folded: string[];
  /** Whether the person typed any diacritic (then diacritics decide between "Vĩnh" and "Vinh"). */
  hasDiacritics: boolean;
}

/** Words of a text, lower-case NFC; punctuation separates words. */
export function words(text: string): string[] {
  return nfc(text)
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function tokenize(text: string): QueryTokens {
  const raw = words(text);
  const folded = raw.map((w) => asciiFold(w));
  return { raw, folded, hasDiacritics: raw.some((w, i) => w !== folded[i]) };
}

/**
 * What is sent to Pagefind: NFC (Pagefind compares the typed form with the indexed one for its
 * diacritics bonus, and an NFD "ả" would never equal the NFC one), spaces collapsed.
 */
export function pagefindQuery(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
}

/**
 * Type words of Vietnamese units, folded, longest first. In a query they only say what kind of
 * unit is meant, so the re-ranker lets them stand next to any name.
 */
export const TYPE_PHRASES: readonly string[][] = [
  ['thanh', 'pho'], ['thi', 'tran'], ['thi', 'xa'], ['dac', 'khu'],
  ['xa'], ['phuong'], ['tinh'], ['huyen'], ['quan'], ['tp'], ['tx'], ['tt'],
];

/** Words that say "old"/"new" rather than name anything: "xã Quảng Vinh cũ". */
export const STATUS_WORDS: readonly string[] = ['cu', 'moi', 'truoc', 'day', 'nay'];

/**
 * The query without type and status words ("huyện", "thành phố", "cũ"), for a second try when
 * the whole query finds nothing: former units' type words are not indexed (only their names
 * are), so "huyen quang xuong" finds nothing until "huyen" is dropped. `undefined` when nothing
 * would be left or nothing was dropped.
 */
export function withoutTypeWords(text: string): string | undefined {
  const raw = words(text);
  const folded = raw.map((w) => asciiFold(w));
  const kept: string[] = [];
  for (let i = 0; i < raw.length; ) {
    const phrase = TYPE_PHRASES.find((p) => p.every((w, j) => folded[i + j] === w));
    if (phrase) i += phrase.length;
    else if (STATUS_WORDS.includes(folded[i]!)) i++;
    else kept.push(raw[i++]!);
  }
  return kept.length && kept.length < raw.length ? kept.join(' ') : undefined;
}
