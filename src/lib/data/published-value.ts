/**
 * Figures as sources print them ("24,464 tỷ đồng", "hơn 1,5 triệu", "85,2%", "more than 14,000")
 * turned into one number, deterministically, so nobody computes by hand (data/README.md,
 * `value_as_published`). The source's language decides the marks: in Vietnamese a comma is the
 * decimal mark and a dot groups thousands; in English the other way round.
 *
 * Arithmetic is done on the digits as written ("24,464" × tỷ = 24464e6), never in binary fractions,
 * so 24,464 tỷ is exactly 24464000000.
 */
import type { Qualifier } from './choices.ts';

export interface PublishedValue {
  value: number;
  /** From the words before the number ("hơn" → more_than); absent when there are none. */
  qualifier?: Qualifier;
  /** The words the qualifier was read from, for messages. */
  qualifierWords?: string;
  /** What the text says the number counts in, when it says so. */
  unit?: 'percent' | 'vnd' | 'vnd_per_person';
}

/** Longest phrases first, so "ít nhất" is not read as something shorter. */
const QUALIFIER_WORDS: [string, Qualifier][] = [
  ['more than', 'more_than'], ['at least', 'at_least'], ['less than', 'less_than'], ['approximately', 'about'],
  ['ít nhất', 'at_least'], ['tối thiểu', 'at_least'], ['xấp xỉ', 'about'], ['khoảng', 'about'], ['chừng', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['around', 'about'], ['about', 'about'], ['over', 'more_than'], ['under', 'less_than'],
  ['hơn', 'more_than'], ['trên', 'more_than'], ['gần', 'nearly'], ['dưới', 'less_than'], ['từ', 'at_least'],
];

/** Words of magnitude, as a power of ten. "nghìn tỷ" multiplies both. */
const SCALES: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9, thousand: 3, million: 6, billion: 9, trillion: 12 };

const NUMBER = { vi: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?|^\d+(?:,\d+)?/, en: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/ };

/** Digits and the power of ten they are scaled by: "24,464" (vi) → ["24464", -3]. */
function digits(s: string, lang: 'vi' | 'en'): [string, number] {
  const [int, dec = ''] = lang === 'vi' ? s.replace(/\./g, '').split(',') : s.replace(/,/g, '').split('.');
  return [`${int}${dec}`.replace(/^0+(?=\d)/, ''), -dec.length];
}

/** The text read, or undefined when it holds no figure in this form. */
export function readPublished(raw: string, language: string | undefined): PublishedValue | undefined {
  const lang = language === 'en' ? 'en' : 'vi';
  let s = raw.normalize('NFC').toLowerCase().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  const out: Partial<PublishedValue> = {};
  for (const [w, q] of QUALIFIER_WORDS) {
    if (s.startsWith(`${w} `)) {
      out.qualifier = q;
      out.qualifierWords = w;
      s = s.slice(w.length).trim();
      break;
    }
  }
  s = s.replace(/^(vnd|vnđ)\s*/, () => ((out.unit = 'vnd'), ''));
  let total = 0;
  let groups = 0;
  for (;;) {
    const m = NUMBER[lang].exec(s);
    if (!m) break;
    s = s.slice(m[0].length).trim();
    let [mantissa, exp] = digits(m[0], lang);
    for (;;) {
      const w = /^[\p{L}]+/u.exec(s)?.[0];
      if (w === undefined || SCALES[w] === undefined) break;
      exp += SCALES[w];
      s = s.slice(w.length).trim();
    }
    total += Number(`${mantissa}e${exp}`);
    groups++;
    // "1 tỷ 250 triệu": another number follows only after a word of magnitude.
    if (exp < 3 || !/^\d/.test(s)) break;
  }
  if (groups === 0 || !Number.isFinite(total)) return undefined;
  if (s.startsWith('%')) {
    out.unit = 'percent';
    s = s.slice(1).trim();
  } else if (/^(đồng|đ|vnd|vnđ)\s*\/\s*(người|hội viên|người dân)\b/u.test(s)) out.unit = 'vnd_per_person';
  else if (/^(đồng|đ|vnd|vnđ)(\s|$)/u.test(s)) out.unit = 'vnd';
  if (/(^|\s)trở lên$/.test(s) && out.qualifier === undefined) {
    out.qualifier = 'at_least';
    out.qualifierWords = 'trở lên';
  }
  // Anything left is a noun ("gia đình", "hội viên", "people"), never another number.
  if (/\d/.test(s)) return undefined;
  return { ...out, value: total } as PublishedValue;
}
