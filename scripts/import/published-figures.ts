/**
 * One-off, re-runnable importer of the published figures.
 *
 * Run once to (re)generate the project's own data files from the reference copy:
 *
 *   ./node_modules/.bin/node scripts/import/published-figures.ts /work/shared/reference/published-figures/figures.csv
 *
 * It reads figures.csv (412 figures read in stored copies of public pages — government portals,
 * provincial newspapers, association sites — each with source title, URL and exact quote; see the
 * reference's notes.md) and writes, deterministically:
 *
 *   data/observations/published-figures.csv   one row per figures.csv row, same order
 *   data/sources/articles.csv                 one row per source (URL)
 *   data/indicators/indicators.csv            the indicator catalogue
 *   data/admin/regions.csv                    the association's emulation clusters
 *
 * The build never reads ../shared: only the files written here are part of the site's data.
 * All hand decisions (places, qualifiers, notes, sources, indicators) are in
 * published-figures-map.ts. No number is computed, rounded or filled in: values, numerators and
 * denominators are copied from figures.csv and its quotes. The script ends with self-checks and
 * exits with status 1 if one fails.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  FORMER_COMMUNES,
  FORMER_DISTRICTS,
  FORMER_PROVINCE_CODE,
  INDICATORS,
  INDICATOR_BY_ROW,
  NATIONAL_NAMES,
  NOTE_BY_ROW,
  NO_URL,
  NUMBERS_BY_ROW,
  PLAN_BY_ROW,
  POST_MERGER_PROVINCE_BY_ROW,
  QUALIFIER_BY_ROW,
  REGIONS,
  REGION_BY_NAME,
  SOURCES,
  VALUE_BY_ROW,
} from './published-figures-map.ts';
import type { Place, Qualifier, Source } from './published-figures-map.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXPECTED_ROWS = 412;
const FIGURES_HEADER = ['level', 'place_name', 'indicator', 'kind', 'year', 'value', 'unit', 'source_title', 'source_url', 'quote'];

const OBS_COLUMNS = ['place_level', 'place_code', 'place_name', 'indicator', 'kind', 'year', 'value', 'qualifier', 'basis', 'numerator', 'denominator', 'source', 'plan', 'quote', 'note'] as const;
const ART_COLUMNS = ['id', 'type', 'title', 'number', 'issuer', 'publisher', 'date', 'url', 'language', 'note'] as const;
const IND_COLUMNS = ['id', 'name_vi', 'name_en', 'unit', 'denominator', 'higher_is_better', 'group', 'main', 'definition', 'legal_basis', 'note'] as const;
const REG_COLUMNS = ['code', 'name', 'member_former_provinces', 'source', 'note'] as const;

type Row = Record<string, string>;

const failures: string[] = [];
const warnings: string[] = [];
function fail(msg: string): void {
  failures.push(msg);
}

const nfc = (s: string): string => s.normalize('NFC');

function readCsv(path: string): Row[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.data;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeCsv(relPath: string, columns: readonly string[], records: Record<string, string>[]): void {
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => cell(nfc(r[c] ?? ''))).join(','));
  const path = join(ROOT, relPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------------------------------------

const figuresPath = process.argv[2];
if (!figuresPath) {
  console.error('usage: node scripts/import/published-figures.ts <path to figures.csv>');
  process.exit(2);
}
const figuresText = readFileSync(figuresPath, 'utf8');
const parsedFigures = Papa.parse<Row>(figuresText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
if (parsedFigures.errors.length > 0) throw new Error(`figures.csv: ${JSON.stringify(parsedFigures.errors.slice(0, 3))}`);
if (JSON.stringify(parsedFigures.meta.fields) !== JSON.stringify(FIGURES_HEADER)) {
  throw new Error(`figures.csv header changed: ${JSON.stringify(parsedFigures.meta.fields)}`);
}
const figures = parsedFigures.data.map((r) => {
  const out: Row = {};
  for (const k of FIGURES_HEADER) out[k] = nfc(r[k] ?? '');
  return out;
});
if (figures.length !== EXPECTED_ROWS) fail(`figures.csv has ${figures.length} rows, expected ${EXPECTED_ROWS}`);

// Admin lists -----------------------------------------------------------------------------------

const adminFormerProvinces = new Map(readCsv(join(ROOT, 'data/admin/former-provinces-2025-03-01.csv')).map((r) => [r.code!, r]));
const adminProvinces = new Map(readCsv(join(ROOT, 'data/admin/provinces-2025-07-01.csv')).map((r) => [r.code!, r]));
const adminFormerDistricts = new Map(readCsv(join(ROOT, 'data/admin/former-districts-2025-03-01.csv')).map((r) => [r.code!, r]));
const adminFormerCommunes = new Map(readCsv(join(ROOT, 'data/admin/former-communes-2025-03-01.csv')).map((r) => [r.code!, r]));
const regionCodes = new Set(REGIONS.map((r) => r.code));

function fullName(map: Map<string, Row>, code: string, what: string): string {
  const r = map.get(code);
  if (!r) {
    fail(`${what} code ${code} is not in the admin list`);
    return '';
  }
  return nfc(r.full_name ?? '');
}

function placeOf(rowNo: number, level: string, placeName: string): Place {
  if (level === 'national') {
    if (!NATIONAL_NAMES.includes(placeName)) fail(`row ${rowNo}: unknown national name ${placeName}`);
    return { level: 'national', code: 'VN', name: 'Việt Nam' };
  }
  if (level === 'province') {
    const post = POST_MERGER_PROVINCE_BY_ROW[rowNo];
    if (post) {
      const name = fullName(adminProvinces, post, 'province');
      if (!name.endsWith(placeName)) fail(`row ${rowNo}: post-merger province ${post} (${name}) does not match ${placeName}`);
      return { level: 'province', code: post, name };
    }
    const code = FORMER_PROVINCE_CODE[placeName];
    if (!code) {
      fail(`row ${rowNo}: no code for province ${placeName}`);
      return { level: 'former_province', code: '', name: placeName };
    }
    return { level: 'former_province', code, name: fullName(adminFormerProvinces, code, 'former province') };
  }
  if (level === 'district') {
    const d = FORMER_DISTRICTS[placeName];
    if (!d) {
      fail(`row ${rowNo}: no code for district ${placeName}`);
      return { level: 'former_district', code: '', name: placeName };
    }
    return { level: 'former_district', code: d.code, name: d.name };
  }
  if (level === 'commune') {
    const c = FORMER_COMMUNES[placeName];
    if (!c) {
      fail(`row ${rowNo}: no code for commune ${placeName}`);
      return { level: 'former_commune', code: '', name: placeName };
    }
    return { level: 'former_commune', code: c.code, name: c.name };
  }
  if (level === 'region') {
    const code = REGION_BY_NAME[placeName];
    const region = REGIONS.find((r) => r.code === code);
    if (!code || !region) {
      fail(`row ${rowNo}: no region for ${placeName}`);
      return { level: 'region', code: '', name: placeName };
    }
    return { level: 'region', code, name: region.name };
  }
  fail(`row ${rowNo}: unknown level ${level}`);
  return { level: 'national', code: '', name: placeName };
}

// Qualifier, basis ----------------------------------------------------------------------------------

/** The qualifier printed in the unit text, when it applies to the value itself. */
function qualifierFromUnit(unit: string): Qualifier {
  if (/\((more than|over)\b|\(exceeded\)/i.test(unit)) return 'more_than';
  if (/\((nearly|close to)\)/i.test(unit)) return 'nearly';
  if (/\((about|around|approximately)\)/i.test(unit)) return 'about';
  return '';
}

const RECOGNISED = [
  /^learning_(families|clans|communities|units|citizens)_/,
  /^learning_communities_communes_count$/,
  /^learning_clans_and_communities_count$/,
  /^learning_districts_pct$/,
  /^commune_learning_communities_(count|pct)$/,
  /^provincial_learning_units_recognised_count$/,
  /^studious_(families|clans|communities)_(count|pct|pct_of_registered)$/,
];

function basisOf(indicator: string): '' | 'recognised' | 'registered' {
  if (/_registered_/.test(indicator)) return 'registered';
  if (indicator === 'learning_citizens_digital_skills_pct') return '';
  return RECOGNISED.some((re) => re.test(indicator)) ? 'recognised' : '';
}

// Sources ----------------------------------------------------------------------------------------

const sourceByKey = new Map<string, Source>();
for (const s of SOURCES) {
  if (sourceByKey.has(s.key)) fail(`duplicate source key ${s.key}`);
  sourceByKey.set(nfc(s.key), s);
}

function sourceOf(rowNo: number, r: Row): Source | undefined {
  const key = r.source_url === NO_URL ? r.source_title! : r.source_url!;
  const s = sourceByKey.get(key);
  if (!s) fail(`row ${rowNo}: no source entry for ${key}`);
  return s;
}

const EN_NOTE = 'Trang tiếng Anh: câu trích là bản dịch của cơ quan đăng, bản tiếng Việt có thể dùng từ khác.';

// Build observations ---------------------------------------------------------------------------

const observations: Record<string, string>[] = [];
const usedSources: string[] = [];

figures.forEach((r, i) => {
  const rowNo = i + 1;
  const place = placeOf(rowNo, r.level!, r.place_name!);
  const indicator = INDICATOR_BY_ROW[rowNo] ?? r.indicator!;
  const src = sourceOf(rowNo, r);
  if (src && !usedSources.includes(src.id)) usedSources.push(src.id);

  let value = r.value!;
  let qualifier: Qualifier = qualifierFromUnit(r.unit!);
  const valueOverride = VALUE_BY_ROW[rowNo];
  if (valueOverride) {
    value = valueOverride.value;
    qualifier = valueOverride.qualifier;
  }
  const q = QUALIFIER_BY_ROW[rowNo];
  if (q !== undefined) qualifier = q;
  if (!/^\d+(\.\d+)?$/.test(value)) fail(`row ${rowNo}: value ${JSON.stringify(value)} is not a canonical number`);

  const [numerator, denominator] = NUMBERS_BY_ROW[rowNo] ?? ['', ''];
  const plan = PLAN_BY_ROW[rowNo] ?? '';

  const parts: string[] = [];
  const hand = NOTE_BY_ROW[rowNo];
  if (r.year === '' && !(hand ?? '').startsWith('Nguồn không ghi năm')) parts.push('Nguồn không ghi năm.');
  if (hand) parts.push(hand);
  if (valueOverride) parts.push(valueOverride.note);
  if (src?.language === 'en') parts.push(EN_NOTE);
  if (src?.mirrorOf) parts.push(`Trang nhân bản không chính thức của ${src.mirrorOf}.`);
  if (r.source_url === NO_URL && !(hand ?? '').includes('đường dẫn')) parts.push('Nguồn không có đường dẫn.');
  if (rowNo in INDICATOR_BY_ROW) parts.push(`Mã chỉ tiêu trong bản ghi gốc: ${r.indicator}.`);
  const note = `${parts.join(' ')} (đơn vị theo bản ghi gốc: ${r.unit})`.trim();

  observations.push({
    place_level: place.level,
    place_code: place.code,
    place_name: place.name,
    indicator,
    kind: r.kind!,
    year: r.year!,
    value,
    qualifier,
    basis: basisOf(indicator),
    numerator,
    denominator,
    source: src?.id ?? '',
    plan,
    quote: r.quote!,
    note,
  });
});

// Articles, in order of first use.
const articles = usedSources.map((id) => {
  const s = SOURCES.find((x) => x.id === id)!;
  return {
    id: s.id,
    type: s.type,
    title: s.title,
    number: '',
    issuer: '',
    publisher: s.publisher,
    date: s.date,
    url: s.key.startsWith('http') ? s.key : '',
    language: s.language,
    note: s.note,
  };
});

const indicators = INDICATORS.map((x) => ({
  id: x.id,
  name_vi: x.name_vi,
  name_en: x.name_en,
  unit: x.unit,
  denominator: x.denominator,
  higher_is_better: String(x.higher_is_better),
  group: x.group,
  main: x.main ? 'true' : '',
  definition: x.definition,
  legal_basis: x.legal_basis,
  note: x.note,
}));

const regions = REGIONS.map((x) => ({ ...x }));

// Self-checks ----------------------------------------------------------------------------------

if (observations.length !== EXPECTED_ROWS) fail(`${observations.length} observation rows, expected ${EXPECTED_ROWS}`);

const indicatorById = new Map(INDICATORS.map((x) => [x.id, x]));
if (indicatorById.size !== INDICATORS.length) fail('duplicate indicator id in the catalogue');
const usedIndicators = new Set(observations.map((o) => o.indicator!));
for (const id of usedIndicators) if (!indicatorById.has(id)) fail(`indicator ${id} is not in the catalogue`);
for (const x of INDICATORS) {
  if (!usedIndicators.has(x.id)) warnings.push(`indicator ${x.id} is in the catalogue but no published figure uses it`);
  if (!/^[a-z0-9_]+$/.test(x.id)) fail(`indicator id ${x.id} is not lower-case ASCII with _`);
  if (x.unit === 'percent' && !x.denominator) fail(`indicator ${x.id}: percent without denominator`);
}
for (const id of new Set(figures.map((r) => r.indicator!))) if (!indicatorById.has(id)) fail(`figures.csv indicator ${id} missing from the catalogue`);

const sourceIds = new Set(SOURCES.map((s) => s.id));
if (sourceIds.size !== SOURCES.length) fail('duplicate source id');
for (const s of SOURCES) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) fail(`source id ${s.id} is not lower-case ASCII with hyphens`);
  if (!usedSources.includes(s.id)) fail(`source ${s.id} is not used by any figure`);
  if (s.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)) fail(`source ${s.id}: bad date ${s.date}`);
}
const emptyUrl = articles.filter((a) => a.url === '');
if (emptyUrl.length !== 2) fail(`${emptyUrl.length} articles without URL, expected exactly 2`);
for (const a of emptyUrl) if (!/đường dẫn/.test(a.note)) fail(`article ${a.id} without URL lacks a note`);

// Language heuristics: English quotes should come from sources marked en, and vice versa.
const VI_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
observations.forEach((o, i) => {
  const src = SOURCES.find((s) => s.id === o.source);
  const looksVi = VI_LETTERS.test(o.quote!);
  if (src && (src.language === 'en') === looksVi) warnings.push(`row ${i + 1}: quote language does not match source ${src.id} (${src.language})`);
});

const admins: Record<string, Map<string, Row> | Set<string>> = {
  province: adminProvinces,
  former_province: adminFormerProvinces,
  former_district: adminFormerDistricts,
  former_commune: adminFormerCommunes,
  region: regionCodes,
};
observations.forEach((o, i) => {
  const rowNo = i + 1;
  const level = o.place_level!;
  const code = o.place_code!;
  if (level === 'national') {
    if (code !== 'VN') fail(`row ${rowNo}: national code ${code}`);
  } else {
    const list = admins[level];
    if (!list || !list.has(code)) fail(`row ${rowNo}: ${level} code ${code} not found`);
  }
  if (level === 'former_district') {
    const d = adminFormerDistricts.get(code);
    const fig = figures[i]!.place_name!;
    const m = /^(.*) \((.*)\)$/.exec(fig);
    const p = d ? adminFormerProvinces.get(d.province_code!) : undefined;
    if (!d || !m || nfc(d.name!) !== m[1] || !p || nfc(p.name!) !== m[2]!.replace(/^TP\. /, '')) {
      fail(`row ${rowNo}: district ${fig} does not match ${code} ${d?.full_name} (${p?.name})`);
    }
  }
  if (level === 'former_commune') {
    const c = adminFormerCommunes.get(code);
    const d = c ? adminFormerDistricts.get(c.district_code!) : undefined;
    const fig = figures[i]!.place_name!;
    if (!c || !d || fig !== `${nfc(c.name!)} (${nfc(d.name!)}, ${nfc(adminFormerProvinces.get(c.province_code!)?.name ?? '')})`) {
      fail(`row ${rowNo}: commune ${fig} does not match ${code}`);
    }
  }
  if (!['target', 'result'].includes(o.kind!)) fail(`row ${rowNo}: kind ${o.kind}`);
  if (o.year !== '' && !(/^\d{4}$/.test(o.year!) && +o.year! >= 1990 && +o.year! <= 2035)) fail(`row ${rowNo}: year ${o.year}`);
  if (o.year === '' && !o.note!.includes('Nguồn không ghi năm')) fail(`row ${rowNo}: empty year without note`);
  if (o.plan && o.kind !== 'target') fail(`row ${rowNo}: plan on a result`);
  if (!o.quote) fail(`row ${rowNo}: empty quote`);
  if (!o.source) fail(`row ${rowNo}: empty source`);
  const ind = indicatorById.get(o.indicator!);
  const v = Number(o.value);
  if (ind?.unit === 'percent' && !(v >= 0 && v <= 100)) fail(`row ${rowNo}: percent ${o.value} out of 0–100`);
  if ((ind?.unit === 'count' || ind?.unit === 'vnd') && !Number.isInteger(v)) fail(`row ${rowNo}: ${ind.unit} ${o.value} not whole`);
  if (o.numerator || o.denominator) {
    const n = Number(o.numerator);
    const d = Number(o.denominator);
    if (!(Number.isInteger(n) && Number.isInteger(d) && n <= d)) fail(`row ${rowNo}: numerator ${o.numerator} / denominator ${o.denominator}`);
    // Both numbers must be printed in the quote (with either grouping style).
    for (const x of [o.numerator!, o.denominator!]) {
      const dot = x.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      const comma = x.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      if (![x, dot, comma].some((f) => o.quote!.includes(f))) fail(`row ${rowNo}: ${x} is not printed in the quote`);
    }
  }
});

const all = [...observations, ...articles, ...indicators, ...regions];
for (const rec of all) for (const [k, v] of Object.entries(rec)) if (v !== v.normalize('NFC')) fail(`not NFC: ${k}=${v}`);

// Duplicate keys: reported, never dropped.
const keyRows = new Map<string, number[]>();
observations.forEach((o, i) => {
  const key = [o.place_level, o.place_code, o.indicator, o.kind, o.year, o.basis, o.source].join('|');
  keyRows.set(key, [...(keyRows.get(key) ?? []), i + 1]);
});
const duplicates = [...keyRows].filter(([, r]) => r.length > 1);
for (const [key, r] of duplicates) warnings.push(`duplicate key ${key}: rows ${r.join(', ')}`);

for (const reg of REGIONS) {
  for (const code of reg.member_former_provinces.split(' ').filter(Boolean)) {
    if (!adminFormerProvinces.has(code)) fail(`region ${reg.code}: member ${code} is not a former province`);
  }
  if (!sourceIds.has(reg.source)) fail(`region ${reg.code}: source ${reg.source} unknown`);
}

// Write ---------------------------------------------------------------------------------------

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  console.error(`${failures.length} check(s) failed; nothing written.`);
  process.exit(1);
}

writeCsv('data/observations/published-figures.csv', OBS_COLUMNS, observations);
writeCsv('data/sources/articles.csv', ART_COLUMNS, articles);
writeCsv('data/indicators/indicators.csv', IND_COLUMNS, indicators);
writeCsv('data/admin/regions.csv', REG_COLUMNS, regions);

const count = (k: string): Record<string, number> => {
  const m: Record<string, number> = {};
  for (const o of observations) m[o[k]!] = (m[o[k]!] ?? 0) + 1;
  return m;
};
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`observations: ${observations.length}`);
console.log('by place_level:', count('place_level'));
console.log('by kind:', count('kind'));
console.log(`articles: ${articles.length}; indicators: ${indicators.length}; regions: ${regions.length}`);
