/**
 * Ways people spell a name that the official list does not, shared by the index (record.ts) and
 * the re-ranker (rerank.ts), so both sides agree:
 * - syllables typed as one word, as in web addresses and hashtags: "sapa", "daklak", "hanoi",
 *   "saigon" for "Sa Pa", "Đắk Lắk", "Hà Nội", "Sài Gòn";
 * - "c" for the "k" that names from the languages of the Central Highlands keep where Vietnamese
 *   spelling writes "c" ("Đắc Lắc", "Đắk Lắk"; "Krông Pắc"), and the reverse.
 */
import { asciiFold, nfc } from '../../text/fold.ts';

/** Apostrophes inside ethnic-minority names are written or left out: "Ea H'Leo", "Ea Hleo". */
const APOSTROPHES = /['’ʼ‘`´]/g;
const HAS_APOSTROPHE = /['’ʼ‘`´]/;

/** Words of a text, lower-case NFC; punctuation separates words, apostrophes join them. */
export function words(text: string): string[] {
  return nfc(text)
    .toLocaleLowerCase('vi')
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^0+(?=\d)/, ''));
}

/**
 * Vietnamese spelling writes "k" only before e, ê, i, y (and in "kh"), "c" everywhere else; so
 * a "k" elsewhere ("Đắk", "Krông") is one people may write "c", and reading it as "c" on both
 * sides compares the two spellings without merging any two Vietnamese words. Lower-case text.
 */
export function cSpelling(lower: string): string {
  return lower.normalize('NFD').replace(/k(?![hiey])/g, 'c').normalize('NFC');
}

/** Comparison key of one lower-case word: ASCII-folded, "k" read as "c" ("Đắk" → "dac"). */
export const wordKey = (word: string): string => cSpelling(asciiFold(word));

/** A name of several syllables as one word, folded: "Sa Pa" → "sapa"; `undefined` for one word or a number. */
export function joined(name: string): string | undefined {
  const ws = words(name).map((w) => asciiFold(w));
  return ws.length > 1 && !ws.some((w) => /\d/.test(w)) ? ws.join('') : undefined;
}

/**
 * The extra words the index holds for names, folded: each name of several syllables joined
 * ("sapa"), and a name with a "k" read as "c" also in that spelling ("dac lac daclac"), so that
 * Pagefind, which matches words by their beginning, returns the page for either.
 */
export function spellingForms(...names: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const j = joined(name);
    if (j) out.add(j);
    const folded = words(name).map((w) => asciiFold(w));
    const c = folded.map((w) => cSpelling(w));
    if (c.some((w, i) => w !== folded[i])) {
      for (const w of c) out.add(w);
      if (j) out.add(cSpelling(j));
    }
  }
  return [...out];
}

export interface NameForm {
  /** Lower-case words with their diacritics, "k" read as "c". */
  raw: string[];
  /** The same folded: what query words are compared with. */
  key: string[];
}

const form = (ws: string[]): NameForm => {
  const raw = ws.map((w) => cSpelling(w));
  return { raw, key: raw.map((w) => asciiFold(w)) };
};

/**
 * A name as written, as one word when it has several syllables ("Sa Pa" → [sa pa], [sapa]), and
 * with an apostrophe read as a space, as some type it ("Cư M'Gar" → [cu mgar], [cumgar], [cu m gar]).
 */
export function nameForms(name: string): NameForm[] {
  const written = words(name);
  if (!written.length) return [];
  const forms: NameForm[] = [form(written)];
  if (HAS_APOSTROPHE.test(name)) forms.push(form(words(name.replace(APOSTROPHES, ' '))));
  if (written.length > 1 && !written.some((w) => /\d/.test(w))) {
    // Joined first, then read: in "dakia" the "k" comes before "i" and stays.
    const one = cSpelling(written.join(''));
    forms.push({ raw: [one], key: [asciiFold(one)] });
  }
  return forms;
}
