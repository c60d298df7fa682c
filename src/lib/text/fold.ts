/**
 * Text folding for Vietnamese. Pagefind folds tone marks but not "đ" (see docs/stack-notes),
 * and people type without diacritics, so every place that compares or indexes names uses these.
 */

/** Unicode NFC: the one form every string in the model is kept in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** ASCII-folds Vietnamese: đ→d, Đ→D, then strips combining marks. "Quảng Đông" → "Quang Dong". */
export function asciiFold(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Lower-case ASCII key for loose comparisons: folded, lower-cased, punctuation to single spaces. */
export function looseKey(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** URL-safe slug: "Thành phố Hồ Chí Minh" → "thanh-pho-ho-chi-minh". */
export function slugify(text: string): string {
  return looseKey(text).replace(/ /g, '-');
}

/**
 * The words of `text` that contain "đ"/"Đ", ASCII-folded: "Quảng Đông, Đồng Nai" → ["Dong", "Dong"].
 * Pagefind folds tone marks itself but keeps "đ" (stack-notes), so only these words need an
 * extra folded copy in the index for "dong nai" to find "Đồng Nai"; copying every word would
 * double the term frequency of names without "đ" and upset the ranking. An apostrophe stays
 * inside its word ("M'Đrắk" → "M'Drak"): Pagefind indexes that word whole, as "mdrak".
 */
export function dStrokeFolds(text: string): string[] {
  return nfc(text)
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => /[đĐ]/.test(w))
    .map(asciiFold);
}
