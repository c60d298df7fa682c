/**
 * Query text as people type it: any Unicode form (NFD from some keyboards), with or without
 * diacritics, with or without the type words ("xã", "thị xã", "huyện", "tỉnh"…), written out or
 * abbreviated as on envelopes ("P.5, Q.3, TP.HCM"), with commas between the parts of an address.
 *
 * The re-ranker (rerank.ts) reads the words; Pagefind gets the text twice (engine.ts): as typed,
 * and with the type and status words left out, because former units' type words and the words
 * "tỉnh", "huyện" are not in the index, and Pagefind only returns pages that hold every word.
 */
import { asciiFold, nfc } from '../../text/fold.ts';
import { cSpelling, words } from './spelling.ts';

export { words } from './spelling.ts';

export interface QueryTokens {
  /** Lower-case NFC words: "tân", "phú". */
  raw: string[];
  /** The same words ASCII-folded: "tan", "phu". */
  folded: string[];
  /** Which comma-separated part of the query each word is in: "xã tân phú, đồng nai" → 0 0 0 1 1. */
  segment: number[];
  /** Whether the person typed any diacritic (then diacritics decide between "Vĩnh" and "Vinh"). */
  hasDiacritics: boolean;
  /** `raw` with "k" read as "c" where Vietnamese writes "c" (spelling.ts): what names are compared with. */
  rawKey: string[];
  /** `folded` likewise: "daklak" → "daclac". */
  key: string[];
}

/** Apostrophes inside ethnic-minority names are written or left out: "Ea H'Leo", "Ea Hleo". */
const APOSTROPHES = /['’ʼ‘`´]/g;

/** Type words abbreviated with a dot, as in addresses: "P. Bến Thành", "TX. Ba Đồn", "TP.HCM". */
const DOTTED: Record<string, string> = { tp: 'thành phố', tx: 'thị xã', tt: 'thị trấn', p: 'phường', f: 'phường', q: 'quận', h: 'huyện', x: 'xã' };

/** Short forms of names that people use more than the names. */
const ALIASES: Record<string, string> = { tphcm: 'thành phố hồ chí minh', hcm: 'hồ chí minh', brvt: 'bà rịa vũng tàu' };

const WORD = '\\p{L}\\p{N}';
const DOTTED_RE = new RegExp(`(^|[^${WORD}])(tp|tx|tt|p|f|q|h|x)\\.\\s*`, 'gu');
/** "p5", "q10", "f7": a ward or district number glued to its abbreviation. */
const GLUED_RE = new RegExp(`(^|[^${WORD}])(p|f|q)(\\d{1,2})(?=$|[^${WORD}])`, 'gu');
const ALIAS_RE = new RegExp(`(^|[^${WORD}])(${Object.keys(ALIASES).join('|')})(?=$|[^${WORD}])`, 'gu');
/** "Phường 05" is "Phường 5". */
const LEADING_ZERO_RE = new RegExp(`(^|[^${WORD}])0+(\\d)`, 'gu');

/** Vietnamese tone marks (the vowel marks ^ ˘ ʼ are part of the letter and stay). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Comparison key of a word with diacritics: letters plus its tone, wherever the tone sits ("hoá" = "hóa"). */
export function toneKey(word: string): string {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  return nfd.replace(TONES, '').normalize('NFC') + tones.join('');
}

/**
 * Whether a typed word can be `word`: the same letters, and the same diacritics where any were
 * typed. "Đ" typed as "d" is a missing diacritic like a missing tone: "dồng" can be "đồng".
 */
export function fits(typed: string, word: string): boolean {
  if (asciiFold(typed) !== asciiFold(word)) return false;
  if (typed === asciiFold(typed)) return true;
  const unstroked = typed.includes('đ') ? word : word.replace(/đ/g, 'd');
  return toneKey(typed) === toneKey(unstroked);
}

/**
 * The query in lower-case NFC with its abbreviations written out: "P.5, Q.3, TP.HCM" →
 * "phường 5, quận 3, thành phố hồ chí minh". Other punctuation stays (document numbers).
 */
export function expandQuery(text: string): string {
  return nfc(text)
    .toLocaleLowerCase('vi')
    .replace(APOSTROPHES, '')
    .replace(DOTTED_RE, (_, pre: string, a: string) => `${pre}${DOTTED[a]} `)
    .replace(GLUED_RE, (_, pre: string, a: string, n: string) => `${pre}${DOTTED[a]} ${n}`)
    .replace(ALIAS_RE, (_, pre: string, a: string) => `${pre}${ALIASES[a]}`)
    .replace(LEADING_ZERO_RE, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(text: string): QueryTokens {
  const raw: string[] = [];
  const segment: number[] = [];
  expandQuery(text)
    .split(/[,;]/)
    .forEach((part, i) => {
      for (const w of words(part)) {
        raw.push(w);
        segment.push(i);
      }
    });
  const folded = raw.map((w) => asciiFold(w));
  const rawKey = raw.map((w) => cSpelling(w));
  return { raw, folded, segment, hasDiacritics: raw.some((w, i) => w !== folded[i]), rawKey, key: rawKey.map((w) => asciiFold(w)) };
}

/** Type words of Vietnamese units, with their diacritics, longest first; abbreviations map to the word. */
const TYPES: readonly { phrase: string[]; type: string }[] = [
  ...['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'xã', 'phường', 'tỉnh', 'huyện', 'quận'].map((t) => ({ phrase: t.split(' '), type: t })),
  { phrase: ['tp'], type: 'thành phố' },
  { phrase: ['tx'], type: 'thị xã' },
  { phrase: ['tt'], type: 'thị trấn' },
];

/**
 * The type words folded, longest first. In a query they only say what kind of unit is meant,
 * so the re-ranker lets them stand next to any name.
 */
export const TYPE_PHRASES: readonly string[][] = TYPES.map((t) => t.phrase.map((w) => asciiFold(w)));

/** Words that say "old"/"new" or "part of" rather than name anything: "xã Quảng Vinh cũ", "thuộc". */
const STATUS = ['cũ', 'mới', 'trước', 'đây', 'nay', 'thuộc'];
export const STATUS_WORDS: readonly string[] = STATUS.map((w) => asciiFold(w));

/**
 * Whether `rest` (the query words around the name) is a sequence of whole context names, type
 * and status words, in any order: "tay ninh" explains "tay ninh" but not "tay tay ninh". The last
 * context name may be cut short by the end of the query ("tan phu dong n"). `'open'` when it ends
 * with a type word, which names nothing yet: "tinh dong son tinh" is not "Tỉnh Đông Sơn, tỉnh…".
 */
export function explains(rest: string[], contexts: string[][], atQueryEnd: boolean): 'whole' | 'open' | false {
  const named = contexts.filter((c) => c.length);
  const statuses = STATUS_WORDS.map((w) => [w]);
  // 0: not reached; 1: reached after a name or status word (or at the start); 2: after a type word.
  const state = new Array<number>(rest.length + 1).fill(0);
  state[0] = 1;
  const reach = (k: number, s: number) => (state[k] = state[k] === 1 ? 1 : s);
  for (let i = 0; i < rest.length; i++) {
    if (!state[i]) continue;
    for (const [list, s] of [[named, 1], [statuses, 1], [TYPE_PHRASES, 2]] as const) {
      for (const p of list) {
        let j = 0;
        while (j < p.length && i + j < rest.length && rest[i + j] === p[j]) j++;
        if (j === p.length) reach(i + j, s);
        else if (atQueryEnd && i + j === rest.length - 1 && p[j]!.startsWith(rest[i + j]!)) reach(rest.length, s);
      }
    }
  }
  const end = state[rest.length];
  return end === 1 ? 'whole' : end === 2 ? 'open' : false;
}

/** Folded type of a unit ("Thị xã" → "thi xa"), comparable with {@link typeAt}. */
export const unitType = (type: string): string => asciiFold(type.toLocaleLowerCase('vi'));

/**
 * The type phrase typed at word `i` (its length and folded type), if the words there are one
 * with compatible diacritics: "Quán" is not "quận", "quan" may be.
 */
export function typeAt(q: QueryTokens, i: number): { len: number; type: string } | undefined {
  // Who types diacritics types them on type words too: then "Quan Sơn" starts with a name.
  const fitsHere = (typed: string, w: string) => fits(typed, w) && (!q.hasDiacritics || typed === w || typed === w.replace(/đ/g, 'd') || asciiFold(w) === w);
  for (const t of TYPES) {
    if (t.phrase.every((w, j) => q.raw[i + j] !== undefined && q.segment[i + j] === q.segment[i] && fitsHere(q.raw[i + j]!, w))) {
      return { len: t.phrase.length, type: unitType(t.type) };
    }
  }
  return undefined;
}

/** The type phrase that ends just before word `at` in the same part of the query ("xã" in "xã tân phú"). */
export function typeBefore(q: QueryTokens, at: number): string | undefined {
  for (let len = Math.min(2, at); len >= 1; len--) {
    const t = typeAt(q, at - len);
    if (t && t.len === len && q.segment[at - len] === q.segment[at]) return t.type;
  }
  return undefined;
}

export type Role = 'type' | 'status' | 'name';

const isStatus = (q: QueryTokens, i: number): boolean => q.raw[i] !== undefined && STATUS.some((w) => fits(q.raw[i]!, w));

/**
 * What each word of the query is. A status word ("cũ") follows a name; typed without diacritics
 * it must also end its part of the query or come before a type word, since "cu" may be "Cừ"
 * ("Phù Cừ") as well as "cũ". A type phrase is one only before a name ("huyện Sơn Tịnh": the
 * last word is a name; "xã Trịnh Xá cũ": so is "xá"), never right after another ("huyện Quan
 * Hóa": "quan" is a name).
 */
export function roles(q: QueryTokens): Role[] {
  const n = q.raw.length;
  const out: Role[] = new Array<Role>(n).fill('name');
  const sameSegment = (i: number, j: number) => j < n && q.segment[i] === q.segment[j];
  for (let i = 1; i < n; i++) {
    if (!sameSegment(i - 1, i) || !isStatus(q, i)) continue;
    if (q.raw[i] !== q.folded[i] || !sameSegment(i, i + 1) || typeAt(q, i + 1)) out[i] = 'status';
  }
  let prevType = false;
  for (let i = 0; i < n; ) {
    const t = out[i] === 'name' ? typeAt(q, i) : undefined;
    const next = i + (t?.len ?? 1);
    if (t && !(prevType && sameSegment(i - 1, i)) && sameSegment(i, next) && out[next] === 'name') {
      out.fill('type', i, next);
      prevType = true;
    } else prevType = false;
    i = next;
  }
  return out;
}

/** A numbered unit as one word, as the index holds it: ("Quận", "1") → "quan1". */
export const numberedToken = (type: string, number: string): string => `${unitType(type).replace(/ /g, '')}${number}`;

/** The query without the words of the given roles, or `undefined` when nothing would be left. */
function without(q: QueryTokens, r: Role[], drop: Role[]): string | undefined {
  const kept = q.raw.filter((_, i) => !drop.includes(r[i]!));
  return kept.length ? kept.join(' ') : undefined;
}

/** Type words followed by a number joined into one word ("quận 1" → "quan1"), other types dropped. */
function glued(q: QueryTokens, r: Role[]): string | undefined {
  const out: string[] = [];
  let glue = false;
  for (let i = 0; i < q.raw.length; ) {
    const t = r[i] === 'type' ? typeAt(q, i) : undefined;
    const next = i + (t?.len ?? 1);
    if (t && /^\d+$/.test(q.raw[next] ?? '') && r[next] === 'name') {
      out.push(numberedToken(t.type, q.raw[next]!));
      glue = true;
      i = next + 1;
    } else {
      if (r[i] === 'name') out.push(q.raw[i]!);
      i = next;
    }
  }
  return glue ? out.join(' ') : undefined;
}

/** A consonant alone is no Vietnamese word: it is what is left of a name with an apostrophe typed as a space ("M Gar"). */
const LONE_CONSONANT = /^[bcdđghklmnpqrstvx]$/;

/**
 * The name words with each lone consonant joined to the next word, as the index holds such
 * names ("cu m gar" → "cu mgar" for "Cư M'Gar"); `undefined` when there is none.
 */
function apostrophed(q: QueryTokens, r: Role[]): string | undefined {
  const out: string[] = [];
  let joinedAny = false;
  for (let i = 0; i < q.raw.length; i++) {
    if (r[i] !== 'name') continue;
    const next = q.raw[i + 1];
    if (LONE_CONSONANT.test(q.raw[i]!) && next && r[i + 1] === 'name' && q.segment[i + 1] === q.segment[i]) {
      out.push(q.raw[i]! + next);
      joinedAny = true;
      i++;
    } else out.push(q.raw[i]!);
  }
  return joinedAny ? out.join(' ') : undefined;
}

/**
 * What Pagefind is asked, in order: the query as typed; without its type and status words;
 * without its type words only, when a status word typed without diacritics might be a name
 * ("huyen phu cu"); with numbered units as one word ("quận 1" → "quan1", record.ts); with a
 * lone consonant joined to the next word ("cu m gar" → "cu mgar"). Duplicates left out.
 */
export function pagefindTerms(text: string): string[] {
  const typed = expandQuery(text);
  if (!typed) return [];
  const q = tokenize(text);
  const r = roles(q);
  const terms: (string | undefined)[] = [typed];
  if (r.some((x) => x !== 'name')) terms.push(without(q, r, ['type', 'status']));
  if (r.some((x, i) => x === 'status' && q.raw[i] === q.folded[i])) terms.push(without(q, r, ['type']));
  terms.push(glued(q, r), apostrophed(q, r));
  return [...new Set(terms.filter((t): t is string => !!t))];
}

/** What is sent to Pagefind as typed: NFC (its diacritics bonus compares forms), abbreviations written out. */
export function pagefindQuery(text: string): string {
  return expandQuery(text);
}
