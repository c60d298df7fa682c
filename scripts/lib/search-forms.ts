/**
 * The ways people type a place, as query generators for `npm run bench:search`: current and
 * former communes, with or without diacritics and type words ("xã", "thị xã", "tỉnh"…), with
 * commas as in a postal address, abbreviated ("P. 5, Q. 3, TP. HCM"), with the district and/or
 * the province, with "cũ".
 *
 * Held out: places are split in two halves by a hash of their code. Ranking is tuned on the
 * `tune` half with one seed; the bench reports the other half (`heldout`) with another seed,
 * which also draws the surface choices (diacritics or not, upper or lower case, which district).
 *
 * A query that cannot tell places apart (two former "Xã Tân Phú" in one province, typed without
 * the district) counts any of the places it describes equally well as right: `expected` is the
 * union of their pages, and the form says so in its name.
 */
import type { Model, Place } from '../../src/lib/data/model.ts';
import { asciiFold, looseKey } from '../../src/lib/text/fold.ts';
import { mulberry32 as rng } from './random.ts';

export type Split = 'tune' | 'heldout' | 'all';

export interface Case {
  query: string;
  expected: string[];
  /** The right answer is no result at all (nonsense). */
  none?: boolean;
}

export interface Form {
  name: string;
  /** Counted against the issue's bar (hit@3 ≥ 98 %). */
  bar: boolean;
  cases: Case[];
}

/** FNV-1a of a string: the split must not change between runs or machines. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const inSplit = (key: string, split: Split): boolean => split === 'all' || (hash(key) % 2 === 0) === (split === 'tune');

/** "Hòa", "Thủy" written with the tone on the first vowel, as many keyboards still do: "Hoà", "Thuỷ". */
export function oldTones(text: string): string {
  return text.normalize('NFD').replace(/([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\p{L}\p{M}])/gu, '$1$3$2').normalize('NFC');
}

/** How addresses abbreviate type words ("P. Bến Thành, Q. 1, TP. HCM"). */
const ABBREVIATION: Record<string, string> = {
  'Phường': 'P.', 'Xã': 'X.', 'Thị trấn': 'TT.', 'Thành phố': 'TP.', 'Quận': 'Q.', 'Huyện': 'H.', 'Thị xã': 'TX.', 'Tỉnh': '',
};

export function buildForms(m: Model, opts: { split: Split; seed: number; sample: number | 'all' }): Form[] {
  const random = rng(opts.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const urlOf = (p: Place) => `/xa/${p.code}/`;
  const get = (key: string | undefined) => (key ? m.places.get(key) : undefined);
  const province = (p: Place) => get(p.provinceKey)!;
  const district = (f: Place) => get(f.parentKey)!;
  const successors = (f: Place) => (m.successors.get(f.key) ?? []).map((s) => get(s.key)!);
  const lower = (s: string) => s.toLocaleLowerCase('vi');
  /**
   * Diacritics kept or dropped, case as written or lower: how the same address arrives. With
   * diacritics, now and then the old tone placement ("Hoà", "Thuý") or "d" typed for "đ" ("Dồng").
   */
  const surface = (s: string, diacritics: boolean | 'either') => {
    const keep = diacritics === 'either' ? random() < 0.5 : diacritics;
    let text = keep ? s : asciiFold(s);
    if (keep && random() < 0.2) text = oldTones(text);
    if (keep && random() < 0.1) text = text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
    return random() < 0.5 ? lower(text) : text;
  };
  const typed = (p: Place) => `${p.type} ${p.name}`;
  const abbreviated = (p: Place) => {
    if (p.level === 'former_province' || p.level === 'province') return p.name === 'Hồ Chí Minh' ? pick(['TP.HCM', 'TP. HCM', 'tp hcm']) : `${ABBREVIATION[p.type] ?? p.type} ${p.name}`.trim();
    const a = ABBREVIATION[p.type] ?? p.type;
    return /^\d+$/.test(p.name) ? `${a}${pick(['', ' '])}${p.name}` : `${a} ${p.name}`;
  };

  const sample = <T extends Place>(list: T[]): T[] => {
    const kept = list.filter((p) => inSplit(p.key, opts.split));
    if (opts.sample === 'all' || kept.length <= opts.sample) return kept;
    const out = [...kept];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out.slice(0, opts.sample);
  };

  /** Pages of every place that `key` cannot tell from `p`. */
  const grouped = <T extends Place>(all: T[], key: (p: T) => string, pages: (p: T) => string[]) => {
    const groups = new Map<string, Set<string>>();
    for (const p of all) {
      const k = lower(key(p));
      const g = groups.get(k) ?? new Set<string>();
      for (const u of pages(p)) g.add(u);
      groups.set(k, g);
    }
    return (p: T) => [...groups.get(lower(key(p)))!];
  };

  const communes = sample(m.communes);
  const formers = sample(m.formerCommunes.filter((f) => successors(f).length > 0));
  const cur = (name: string, key: (c: Place) => string, query: (c: Place) => string, bar = true): Form => {
    const expected = grouped(m.communes, key, (c) => [urlOf(c)]);
    return { name, bar, cases: communes.map((c) => ({ query: query(c), expected: expected(c) })) };
  };
  const old = (name: string, key: (f: Place) => string, query: (f: Place) => string, bar = true, only?: (f: Place) => boolean): Form => {
    const expected = grouped(m.formerCommunes, key, (f) => successors(f).map(urlOf));
    return { name, bar, cases: formers.filter((f) => !only || only(f)).map((f) => ({ query: query(f), expected: expected(f) })) };
  };

  const byNameProvince = (c: Place) => `${looseKey(c.name)}|${province(c).key}`;
  const byTypeNameProvince = (c: Place) => `${c.type}|${byNameProvince(c)}`;
  // What the query says of the district is its name (several provinces had a "huyện Châu Thành").
  const byNameDistrict = (f: Place) => `${looseKey(f.name)}|${looseKey(district(f).name)}`;
  const byTypeNameDistrict = (f: Place) => `${f.type}|${byNameDistrict(f)}`;
  const formerDistricts = (c: Place) => (m.formerDistrictsOfCommune.get(c.key) ?? []).map((k) => get(k)!).filter(Boolean);

  return [
    cur('current: "<name> <province>" without diacritics', byNameProvince, (c) => `${looseKey(c.name)} ${looseKey(province(c).name)}`),
    cur('current: "<Name> <Province>" with diacritics', byNameProvince, (c) => `${c.name} ${province(c).name}`),
    cur('current: address "Xã Tân Phú, Tỉnh Đồng Nai" with diacritics', byTypeNameProvince, (c) => surface(`${typed(c)}, ${province(c).fullName}`, true)),
    cur('current: address "xa tan phu, tinh dong nai" without diacritics', byTypeNameProvince, (c) => surface(`${typed(c)}, ${province(c).fullName}`, false)),
    cur('current: type words, no commas "xã tân phú tỉnh đồng nai"', byTypeNameProvince, (c) => surface(`${typed(c)} ${province(c).fullName}`, 'either')),
    cur('current: type word, name, province name "phường tân phú đồng nai"', byTypeNameProvince, (c) => surface(`${typed(c)} ${province(c).name}`, 'either')),
    cur('current: abbreviated "P. Tân Phú, TP. HCM"', byTypeNameProvince, (c) => surface(`${abbreviated(c)}, ${abbreviated(province(c))}`, 'either')),
    cur('current: with a former district "xã tân phú, huyện X, tỉnh Y"', byTypeNameProvince, (c) => {
      const d = formerDistricts(c);
      return d.length ? surface(`${typed(c)}, ${typed(pick(d))}, ${province(c).fullName}`, 'either') : surface(`${typed(c)}, ${province(c).fullName}`, 'either');
    }),
    cur('current: "<name> <province>" still being typed (last 2 letters missing)', byNameProvince, (c) => `${looseKey(c.name)} ${looseKey(province(c).name)}`.slice(0, -2).trim()),

    old('former: "<name> <district>" without diacritics', byNameDistrict, (f) => `${looseKey(f.name)} ${looseKey(district(f).name)}`),
    old('former: "Xã Quảng Tiên Thị xã Ba Đồn" with diacritics', byTypeNameDistrict, (f) => surface(`${typed(f)} ${typed(district(f))}`, true)),
    old('former: address "xã quảng tiên, thị xã ba đồn, tỉnh quảng bình" with diacritics', byTypeNameDistrict, (f) => surface(`${typed(f)}, ${typed(district(f))}, ${province(f).fullName}`, true)),
    old('former: address "xa quang tien, thi xa ba don, tinh quang binh" without diacritics', byTypeNameDistrict, (f) => surface(`${typed(f)}, ${typed(district(f))}, ${province(f).fullName}`, false)),
    old('former: "<name> <district> <province>" no type words', byNameDistrict, (f) => surface(`${f.name} ${district(f).name} ${province(f).name}`, 'either')),
    old('former: with "cũ" "xã quảng tiên cũ, ba đồn"', byTypeNameDistrict, (f) => surface(`${typed(f)} ${pick(['cũ', '(cũ)'])}, ${pick([typed(district(f)), district(f).name])}`, 'either')),
    old('former: abbreviated "X. Quảng Tiên, TX. Ba Đồn" / "P.5, Q.3, TP.HCM"', byTypeNameDistrict, (f) => surface(`${abbreviated(f)}, ${abbreviated(district(f))}${random() < 0.5 ? `, ${abbreviated(province(f))}` : ''}`, 'either')),
    old('former: "xã <name>, tỉnh <former province>" (no district: any commune of that name there counts)', (f) => `${f.type}|${looseKey(f.name)}|${f.provinceKey}`, (f) => surface(`${typed(f)}, ${province(f).fullName}`, 'either')),
    (() => {
      // Any unit in that province that took a former commune of that name.
      const inProvince = new Map<string, Set<string>>();
      for (const f of m.formerCommunes) {
        for (const s of successors(f)) {
          const k = `${looseKey(f.name)}|${s.provinceKey}`;
          inProvince.set(k, (inProvince.get(k) ?? new Set<string>()).add(urlOf(s)));
        }
      }
      const cases = formers.map((f) => {
        const now = pick(successors(f));
        return { query: surface(`${f.name} ${province(now).name}`, 'either'), expected: [...inProvince.get(`${looseKey(f.name)}|${now.provinceKey}`)!] };
      });
      return { name: 'former: "<name> <current province>" (no district: any commune of that name there counts)', bar: true, cases };
    })(),
    cur('current: province first "Đồng Nai, Tân Phú"', byNameProvince, (c) => surface(`${province(c).name}${pick([',', ''])} ${c.name}`, 'either')),
    ...unitForms(m, surface, pick),
  ];
}

/**
 * Provinces and former districts and provinces, typed alone ("tp hcm", "tỉnh Hà Giang",
 * "huyện Quảng Xương, Thanh Hóa"). All of them, not half: there are few, and each must work.
 */
function unitForms(m: Model, surface: (s: string, d: boolean | 'either') => string, pick: <T>(l: readonly T[]) => T): Form[] {
  const get = (key: string | undefined) => (key ? m.places.get(key) : undefined);
  const provinceUrl = (p: Place) => `/tinh/${p.code}/`;
  const communesOf = new Map<string, Set<string>>();
  for (const f of m.formerCommunes) {
    const set = communesOf.get(f.parentKey!) ?? new Set<string>();
    for (const s of m.successors.get(f.key) ?? []) set.add(`/xa/${get(s.key)!.code}/`);
    communesOf.set(f.parentKey!, set);
  }
  const districts = m.formerDistricts.filter((d) => communesOf.get(d.key)?.size);
  // "huyện Châu Thành" alone: any unit that took a commune of a district of that type and name.
  const byTypeName = new Map<string, Set<string>>();
  for (const d of districts) {
    const k = `${d.type}|${looseKey(d.name)}`;
    byTypeName.set(k, new Set([...(byTypeName.get(k) ?? []), ...communesOf.get(d.key)!]));
  }
  const hcm = (p: Place) => (p.name === 'Hồ Chí Minh' ? pick(['TP HCM', 'TP.HCM', 'tphcm', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh']) : pick([p.fullName, p.name]));
  return [
    { name: 'province: "Đồng Nai", "tỉnh Đồng Nai", "tp hcm" (all 34)', bar: true, cases: m.provinces.map((p) => ({ query: surface(hcm(p), 'either'), expected: [provinceUrl(p)] })) },
    {
      name: 'former province: "tỉnh Hà Giang" (all 63; the province it is now part of)',
      bar: true,
      cases: m.formerProvinces.map((p) => ({ query: surface(pick([p.fullName, p.name]), 'either'), expected: (m.successors.get(p.key) ?? []).map((s) => provinceUrl(get(s.key)!)) })).filter((c) => c.expected.length),
    },
    {
      name: 'former district: "huyện Quảng Xương, Thanh Hóa" (all; any unit that took one of its communes)',
      bar: true,
      cases: districts.map((d) => ({ query: surface(`${d.fullName}, ${get(d.provinceKey)!.name}`, 'either'), expected: [...communesOf.get(d.key)!] })),
    },
    {
      name: 'former district: "huyện Quảng Xương" alone (all; any unit that took a commune of a district of that name)',
      bar: true,
      cases: districts.map((d) => ({ query: surface(d.fullName, 'either'), expected: [...byTypeName.get(`${d.type}|${looseKey(d.name)}`)!] })),
    },
  ];
}

/** Bare names: the name alone cannot say which of the communes sharing it is meant (not a bar). */
export function bareNameForms(m: Model, opts: { split: Split; seed: number; sample: number | 'all' }): Form[] {
  const random = rng(opts.seed + 1);
  const kept = m.communes.filter((c) => inSplit(c.key, opts.split));
  const chosen = opts.sample === 'all' ? kept : kept.filter(() => random() < (opts.sample as number) / kept.length);
  const formerNames = new Map<string, Set<string>>();
  for (const f of m.formerCommunes) {
    if (!inSplit(f.key, opts.split)) continue;
    const k = looseKey(f.name);
    const set = formerNames.get(k) ?? new Set<string>();
    for (const s of m.successors.get(f.key) ?? []) set.add(`/xa/${m.places.get(s.key)!.code}/`);
    formerNames.set(k, set);
  }
  const formerList = [...formerNames].filter(() => opts.sample === 'all' || random() < (opts.sample as number) / formerNames.size);
  return [
    { name: 'current: bare name with diacritics "Tân Phú" (any commune of that name counts)', bar: false, cases: chosen.map((c) => ({ query: c.name, expected: m.communes.filter((x) => x.name === c.name).map((x) => `/xa/${x.code}/`) })) },
    { name: 'current: type and name "Xã Tân Phú" (any commune of that name and type counts)', bar: false, cases: chosen.map((c) => ({ query: c.fullName, expected: m.communes.filter((x) => x.fullName === c.fullName).map((x) => `/xa/${x.code}/`) })) },
    { name: 'former: bare name without diacritics (any unit that took a commune of that name counts)', bar: false, cases: formerList.map(([name, urls]) => ({ query: name, expected: [...urls] })) },
  ];
}
