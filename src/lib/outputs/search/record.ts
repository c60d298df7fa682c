/**
 * What Pagefind indexes for each page: one compact, hidden record per page (SearchRecord.astro)
 * instead of the visible page, so that navigation, tables and lists of other places never match.
 *
 * Three layers, each for a reason measured with `npm run bench:search`:
 * - meta `k` (the unit's own names), `p` (a commune's province), `c` (former units' names), `x`
 *   (their districts) and `o` (their provinces) are scored by Pagefind's metadata coverage boost
 *   (`metaWeights` in options.ts): a page whose own name covers the query words beats pages that
 *   only have the same words scattered among other fields. Names and their context are separate
 *   fields, otherwise every commune of Vĩnh Long would cover "long vinh vinh long" as well as
 *   "Long Vĩnh" does, and every former "Vĩnh …" commune of a "Quảng …" province "quang vinh";
 *   districts apart from provinces, so "thành phố Sơn La" finds the city's communes among the
 *   province's;
 * - meta `y` holds the type words of all these ("Xã Huyện Tỉnh"), unweighted: Pagefind returns
 *   only pages that hold every word of a query, and an address typed in full ("xã Trịnh Xá, huyện
 *   Kim Bảng") must still find its page;
 * - the body repeats the unit's names with `data-pagefind-weight`, because only body words get
 *   Pagefind's exact-length and exact-diacritics bonuses ("phu" over "phước", "Vĩnh" over "Vinh").
 *   Former names are not repeated there: meta `c` alone gave the same hit rates with a 25 %
 *   smaller index;
 * - filters: `loai` (kind) and `tinh` (province code) for the search page's filters, and `d`, the
 *   display record the result list and the re-ranker read (result-data.ts).
 * Words with "đ" also get an ASCII-folded copy, because Pagefind folds tone marks but not "đ";
 * names of several syllables also as one word ("sapa", "daklak") and names with a Highlands "k"
 * also spelt with "c" ("dac lac"), spelling.ts, since people type them so.
 */
import type { Indicator, Model, NewsPost, Place, Source } from '../../data/model.ts';
import { getModel } from '../../data/site-model.ts';
import { asciiFold, dStrokeFolds } from '../../text/fold.ts';
import { formerAnchor } from '../../site/urls.ts';
import { numberedToken } from './query.ts';
import { spellingForms } from './spelling.ts';
import type { FormerTuple, ResultData } from './result-data.ts';

export type SearchKind = 'tinh' | 'xa' | 'chi-tieu' | 'van-ban' | 'tin-tuc';

export interface SearchRecord {
  /** Result title (meta `title`). */
  title: string;
  /** Filter `loai`; absent for the nation, regions and prose pages. */
  kind?: SearchKind;
  /** Filter `tinh`: code of the current province of a commune, or of the province itself. */
  province?: string;
  /** Filter `d`, see result-data.ts. */
  data?: ResultData;
  /** Meta `k`: the words of the unit's own names. */
  names: string;
  /** Meta `p`: the words of a commune's province. */
  provinceNames: string;
  /** Meta `c`: the words of the former units' names. */
  formerNames: string;
  /** Meta `x`: the words of the former units' districts. */
  formerDistricts: string;
  /** Meta `o`: the words of the former units' provinces. */
  formerProvinces: string;
  /** Meta `y`: the type words of all these ("Xã Huyện Tỉnh"), so an address typed in full is found. */
  types: string;
  /** Body text in blocks with their Pagefind weight (1–10). */
  body: { text: string; weight: number }[];
}

/** Body weights: the unit's own name dominates, the context of a former name counts least. */
export const WEIGHTS = { name: 10, alt: 6, title: 6, province: 3, english: 2, text: 1 } as const;

/** Text plus the folded copies of its "đ" words: "Đồng Nai" → "Đồng Nai Dong". */
export function withFolds(...parts: (string | undefined)[]): string {
  const text = parts.filter((p): p is string => !!p).join(' ');
  return [text, ...dStrokeFolds(text)].join(' ').trim();
}

/** Names with their folded "đ" words and the other spellings people type: "Đắk Lắk" → "Đắk Lắk Dak Lak daklak dac lac daclac". */
export function nameWords(...names: (string | undefined)[]): string {
  return [withFolds(...names), ...spellingForms(...names)].join(' ').trim();
}

/**
 * Numbered wards and districts ("Phường 5", "Quận 1") also as one word, "phuong5", "quan1":
 * Pagefind matches "1" as the start of "10", "11", "12"… in every record of Hồ Chí Minh City,
 * so "quận 1" could not reach the wards that took Quận 1's; query.ts asks for "quan1" too.
 */
function numbered(units: [type: string, name: string][]): string[] {
  return distinct(units.filter(([type, name]) => type && /^\d+$/.test(name)).map(([type, name]) => numberedToken(type, name)));
}

/** Distinct values in first-seen order. */
const distinct = (list: string[]): string[] => [...new Set(list.filter(Boolean))];

/** "Xã Phố Bảng" → "Phố Bảng" when it starts with the unit's type word. */
function stripType(fullName: string, type: string): string {
  return fullName.startsWith(type + ' ') ? fullName.slice(type.length + 1) : fullName;
}

type FormerLevel = Parameters<typeof formerAnchor>[0];

function formerTuple(model: Model, former: Place, share: 'full' | 'partial'): FormerTuple {
  const district = former.level === 'former_commune' && former.parentKey ? model.places.get(former.parentKey) : undefined;
  const province = former.level !== 'former_province' && former.provinceKey ? model.places.get(former.provinceKey) : undefined;
  return [
    former.type,
    former.name,
    district ? district.type : '',
    district?.name ?? '',
    province ? province.type : '',
    province?.name ?? '',
    share,
    formerAnchor(former.level as FormerLevel, former.code),
    district ? formerAnchor('former_district', district.code) : '',
  ];
}

/** The record of a place page: the nation, a province, a commune or an emulation cluster. */
export function placeRecord(model: Model, place: Place): SearchRecord {
  const province = place.level === 'commune' && place.provinceKey ? model.places.get(place.provinceKey) : undefined;
  const alts = distinct((place.altNames ?? []).map((a) => stripType(a, place.type))).filter((a) => a !== place.name);
  const formers = (model.predecessors.get(place.key) ?? []).map((l) => formerTuple(model, model.places.get(l.key)!, l.share));
  const formerNames = distinct(formers.map((f) => f[1]));
  const formerDistricts = distinct(formers.map((f) => f[3]));
  const formerProvinces = distinct(formers.map((f) => f[5]));

  const data: ResultData = { t: place.level === 'national' || place.level === 'region' ? '' : place.type, n: place.name };
  if (alts.length) data.a = alts;
  if (province) data.p = [province.type, province.name];
  if (formers.length) data.f = formers;

  const record: SearchRecord = {
    title: place.fullName,
    data,
    names: nameWords(place.name, ...alts),
    provinceNames: nameWords(province?.name),
    formerNames: [nameWords(...formerNames), ...numbered(formers.map((f) => [f[0], f[1]]))].join(' ').trim(),
    formerDistricts: [nameWords(...formerDistricts), ...numbered(formers.map((f) => [f[2], f[3]]))].join(' ').trim(),
    formerProvinces: nameWords(...formerProvinces),
    types: withFolds(...distinct([data.t, province?.type ?? '', ...formers.flatMap((f) => [f[0], f[2], f[4]])])),
    body: [
      { text: withFolds(place.name), weight: WEIGHTS.name },
      { text: withFolds(...alts), weight: WEIGHTS.alt },
      { text: withFolds(province?.name), weight: WEIGHTS.province },
    ].filter((b) => b.text),
  };
  if (place.level === 'commune') {
    record.kind = 'xa';
    if (province) record.province = province.code;
  } else if (place.level === 'province') {
    record.kind = 'tinh';
    record.province = place.code;
  }
  return record;
}

/** The record of an indicator page: its names and definition. */
/** The place fields of a record that is not about a place (indicator, source, news). */
const NOT_A_PLACE = { provinceNames: '', formerNames: '', formerDistricts: '', formerProvinces: '', types: '' } as const;

/** The record of a place page, from the site's model (components print it, they do not read the model). */
export const placePageRecord = (place: Place): SearchRecord => placeRecord(getModel(), place);

export function indicatorRecord(ind: Indicator): SearchRecord {
  return {
    title: ind.nameVi,
    kind: 'chi-tieu',
    data: { t: '', n: ind.nameVi },
    names: withFolds(ind.nameVi),
    ...NOT_A_PLACE,
    body: [
      { text: withFolds(ind.nameVi), weight: WEIGHTS.name },
      { text: ind.nameEn, weight: WEIGHTS.english },
      { text: withFolds(ind.definition, ind.denominator), weight: WEIGHTS.text },
    ].filter((b) => b.text),
  };
}

/**
 * The record of a source document: its number in every form people type it
 * ("1373/QĐ-TTg", "1373/QD-TTg"; Pagefind also indexes the parts "1373", "qđ", "ttg"), and its title.
 */
export function sourceRecord(s: Source): SearchRecord {
  const numbers = s.number ? distinct([s.number, asciiFold(s.number)]).join(' ') : '';
  return {
    title: s.number ? `${s.number} — ${s.title}` : s.title,
    kind: 'van-ban',
    data: { t: '', n: s.title },
    names: [numbers, withFolds(s.title)].filter(Boolean).join(' '),
    ...NOT_A_PLACE,
    body: [
      { text: numbers, weight: WEIGHTS.name },
      { text: withFolds(s.title), weight: WEIGHTS.title },
      { text: withFolds(s.issuer, s.publisher), weight: WEIGHTS.text },
    ].filter((b) => b.text),
  };
}

/**
 * The record of a news post: its title (weighted as a title, not as a unit's name, so a post whose
 * title names a place never outranks the place's page) and summary.
 */
export function newsRecord(post: NewsPost): SearchRecord {
  return {
    title: post.title,
    kind: 'tin-tuc',
    data: { t: '', n: post.title },
    names: '',
    ...NOT_A_PLACE,
    body: [
      { text: withFolds(post.title), weight: WEIGHTS.title },
      { text: withFolds(post.summary), weight: WEIGHTS.text },
    ].filter((b) => b.text),
  };
}
