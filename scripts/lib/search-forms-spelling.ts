/**
 * More ways of typing for `npm run bench:search` (search-forms.ts has the main ones):
 * - names of several syllables typed as one word, as in web addresses and hashtags ("sapa",
 *   "daklak", "hanoi"), for every place whose name has several syllables, now and then with the
 *   "c" people write for a Highlands "k" ("daclac");
 * - nonsense ("xyzqw"): words that begin no word of any name must find nothing at all.
 * Same held-out split and seeded draws as search-forms.ts.
 */
import type { Model, Place } from '../../src/lib/data/model.ts';
import { asciiFold, looseKey } from '../../src/lib/text/fold.ts';
import { cSpelling, joined, words } from '../../src/lib/outputs/search/spelling.ts';
import { inSplit, type Form, type Split } from './search-forms.ts';
import { mulberry32 as rng } from './random.ts';

interface Options {
  split: Split;
  seed: number;
  sample: number | 'all';
}

const multi = (p: Place) => joined(p.name) !== undefined;
/** A name without diacritics, its apostrophes left out as people type it: "M'Đrắk" → "mdrak". */
const plain = (name: string) => words(name).map((w) => asciiFold(w)).join(' ');

export function joinedForms(m: Model, opts: Options): Form[] {
  const random = rng(opts.seed + 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const get = (key: string | undefined) => (key ? m.places.get(key) : undefined);
  const url = (p: Place) => (p.level === 'province' ? `/tinh/${p.code}/` : `/xa/${p.code}/`);
  const successors = (f: Place) => (m.successors.get(f.key) ?? []).map((s) => get(s.key)!);
  /** A name as one word, folded; now and then with "c" for a Highlands "k". */
  const glued = (p: Place) => {
    const one = joined(p.name) ?? plain(p.name);
    return random() < 0.3 ? cSpelling(one) : one;
  };
  /** A context name as one word or as written (without diacritics half the time). */
  const context = (p: Place) => (random() < 0.5 ? glued(p) : random() < 0.5 ? p.name : plain(p.name));
  const typeWord = (p: Place) => pick(['', `${asciiFold(p.type).toLowerCase()} `, `${p.type} `]);
  const sample = (list: Place[]) => {
    const kept = list.filter((p) => inSplit(p.key, opts.split));
    if (opts.sample === 'all' || kept.length <= opts.sample) return kept;
    return kept.filter(() => random() < (opts.sample as number) / kept.length);
  };
  /** Pages of every place the same key cannot tell apart. */
  const groups = (all: Place[], key: (p: Place) => string, pages: (p: Place) => string[]) => {
    const g = new Map<string, Set<string>>();
    for (const p of all) g.set(key(p), new Set([...(g.get(key(p)) ?? []), ...pages(p)]));
    return (p: Place) => [...g.get(key(p))!];
  };

  const province = (p: Place) => get(p.provinceKey)!;
  const district = (f: Place) => get(f.parentKey)!;
  const communeGroup = groups(m.communes, (c) => `${looseKey(c.name)}|${c.provinceKey}`, (c) => [url(c)]);
  const formerGroup = groups(m.formerCommunes, (f) => `${looseKey(f.name)}|${looseKey(district(f).name)}`, (f) => successors(f).map(url));
  const formers = sample(m.formerCommunes.filter((f) => multi(f) && successors(f).length > 0));

  return [
    {
      name: 'joined: current "tanphu dongnai", "xa sapa lao cai" (names of several syllables as one word)',
      bar: true,
      cases: sample(m.communes.filter(multi)).map((c) => ({ query: `${typeWord(c)}${glued(c)} ${context(province(c))}`, expected: communeGroup(c) })),
    },
    {
      name: 'joined: former "quangtien ba don" (names of several syllables as one word)',
      bar: true,
      cases: formers.map((f) => ({ query: `${typeWord(f)}${glued(f)} ${context(district(f))}`, expected: formerGroup(f) })),
    },
    {
      name: 'joined: province "daklak", "hanoi", "thanh pho hochiminh" (all with names of several syllables)',
      bar: true,
      cases: m.provinces.filter(multi).map((p) => ({ query: `${pick(['', `${asciiFold(p.type).toLowerCase()} `])}${glued(p)}`, expected: [url(p)] })),
    },
    {
      name: 'joined: former province "hagiang", "tinh daknong" (all with names of several syllables)',
      bar: true,
      cases: m.formerProvinces
        .filter(multi)
        .map((p) => ({ query: `${pick(['', `${asciiFold(p.type).toLowerCase()} `])}${glued(p)}`, expected: successors(p).map(url) }))
        .filter((c) => c.expected.length),
    },
    {
      name: 'joined: bare current name "sapa" (any commune of that name counts)',
      bar: false,
      cases: sample(m.communes.filter(multi)).map((c) => ({ query: glued(c), expected: m.communes.filter((x) => looseKey(x.name) === looseKey(c.name)).map(url) })),
    },
  ];
}

/** Letters of the nonsense words: any, so most are clusters no Vietnamese or English word has. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Nonsense queries: one or two made-up words (sometimes after a type word, "xa qwzrt"), each
 * beginning no word of any place's name, whole or joined. A right answer is no result at all.
 */
export function nonsenseForm(m: Model, opts: Options & { count?: number }): Form {
  const random = rng(opts.seed + 11);
  const known = new Set<string>();
  for (const p of m.places.values()) {
    const ws = looseKey(p.fullName).split(' ');
    for (const w of [...ws, ws.join(''), joined(p.name) ?? '']) for (let i = 1; i <= w.length; i++) known.add(w.slice(0, i));
  }
  const word = (): string => {
    for (;;) {
      const len = 5 + Math.floor(random() * 4);
      const w = Array.from({ length: len }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');
      if (!known.has(w) && !known.has(cSpelling(w))) return w;
    }
  };
  const count = opts.count ?? 300;
  const cases = Array.from({ length: count }, (_, i) => {
    const kind = i % 3;
    const query = kind === 0 ? word() : kind === 1 ? `${word()} ${word()}` : `${['xã', 'phuong', 'huyện', 'tinh'][i % 4]} ${word()}`;
    return { query, expected: [], none: true };
  });
  return { name: 'nonsense: "xyzqw", "xa qwzrt" find nothing (a right answer is no result)', bar: true, cases };
}
