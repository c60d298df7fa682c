/**
 * The bulk downloads as tables: every row of data/ (figures, places, crosswalk, indicators,
 * sources), with the names, levels, successor codes and source titles a reader would otherwise
 * have to join by hand. One definition per table feeds the CSV, the JSON, datapackage.json and
 * the field list on the data page, so they cannot disagree.
 *
 * Rows hold raw values (numbers as numbers, text unguarded); the CSV writer adds the
 * formula guard to text cells only.
 */
import type { Model, Place } from '../../data/model.ts';
import type { Cell, CsvColumn } from './csv.ts';
import { PLACE_LEVELS, SHARES } from '../../data/choices.ts';
import { placeLabelWithParents } from '../../present/labels.ts';
import { indicatorPath, placePath } from '../../site/urls.ts';
import { codes, current, ind, obs, provinceCode, req, splitKey, src, str, type BulkOptions, type BulkTable, type TableField } from './bulk-fields.ts';

export { TABLE_NAMES, type BulkOptions, type BulkTable, type ForeignKey, type TableField, type TableLicence, type TableName } from './bulk-fields.ts';

function observationsTable(model: Model, opts: BulkOptions): BulkTable {
  const fields: TableField[] = [
    req('id', { unique: true }),
    obs('place_level'),
    obs('place_code'),
    req('place_name'),
    str('place_label'),
    str('place_name_in_data'),
    str('province_code'),
    str('current_level'),
    str('current_codes'),
    str('current_names'),
    obs('indicator'),
    req('indicator_name'),
    ind('unit'),
    obs('kind'),
    obs('year'),
    obs('value', { required: true }),
    obs('value_max'),
    obs('value_as_published'),
    obs('qualifier', { required: true }),
    obs('basis'),
    obs('numerator'),
    obs('denominator'),
    obs('source'),
    req('source_title'),
    str('source_url'),
    str('source_date'),
    obs('variant'),
    obs('plan'),
    obs('quote'),
    obs('note'),
    obs('reliability'),
    req('file'),
    { name: 'line', type: 'integer', required: true },
    str('page_url'),
  ];
  const rows: Cell[][] = new Array(model.observations.length);
  const placeCache = new Map<string, Cell[]>();
  const placeCells = (place: Place): Cell[] => {
    let cells = placeCache.get(place.key);
    if (!cells) {
      const cur = current(model, place);
      const pagePlace = place.level.startsWith('former_') ? undefined : place;
      const path = pagePlace ? placePath(pagePlace) : undefined;
      cells = [place.level, place.code, place.fullName, placeLabelWithParents(model, place), provinceCode(place), cur.level, cur.codes, cur.names, path ? opts.pageUrl(path) : undefined];
      placeCache.set(place.key, cells);
    }
    return cells;
  };
  model.observations.forEach((o, i) => {
    const place = model.places.get(o.placeKey)!;
    const ind = model.indicatorById.get(o.indicatorId)!;
    const src = model.sourceById.get(o.sourceId)!;
    const [level, code, name, label, prov, curLevel, curCodes, curNames, page] = placeCells(place);
    rows[i] = [
      o.id, level, code, name, label, o.placeName, prov, curLevel, curCodes, curNames,
      ind.id, ind.nameVi, ind.unit, o.kind, o.year, o.value, o.valueMax, o.valueAsPublished, o.qualifier, o.basis, o.numerator, o.denominator,
      src.id, src.title, src.url, src.date, o.variant, o.planId, o.quote, o.note, o.reliability, o.origin.file, o.origin.line, page,
    ];
  });
  return {
    name: 'so-lieu',
    fields,
    rows,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['place_level', 'place_code'], reference: { resource: 'don-vi', fields: ['level', 'code'] } },
      { fields: ['indicator'], reference: { resource: 'chi-tieu', fields: ['id'] } },
      { fields: ['source'], reference: { resource: 'nguon', fields: ['id'] } },
      { fields: ['plan'], reference: { resource: 'nguon', fields: ['id'] } },
    ],
    licence: 'compilation',
  };
}

/** Every place of the model: the nation, today's units, the clusters, then the former units. */
export function allPlaces(model: Model): Place[] {
  return [model.nation, ...model.provinces, ...model.communes, ...model.regions, ...model.formerProvinces, ...model.formerDistricts, ...model.formerCommunes];
}

function placesTable(model: Model, opts: BulkOptions): BulkTable {
  const fields: TableField[] = [
    req('level', { enum: codes(PLACE_LEVELS) }),
    req('code'),
    req('name'),
    req('full_name'),
    req('type'),
    str('parent_level'),
    str('parent_code'),
    str('province_code'),
    str('current_level'),
    str('current_codes'),
    str('full_name_2025_07_01'),
    str('alt_names'),
    str('gso_1027_code'),
    str('member_former_provinces'),
    str('source'),
    str('qa_note'),
    str('note'),
    str('absorbed_into_code'),
    { name: 'figure_count', type: 'integer', required: true },
    str('page_url'),
  ];
  const rows = allPlaces(model).map((p): Cell[] => {
    const [parentLevel, parentCode] = splitKey(p.parentKey);
    const cur = current(model, p);
    const region = p.level === 'region' ? model.regions.find((r) => r.key === p.key) : undefined;
    const path = placePath(p);
    return [
      p.level, p.code, p.name, p.fullName, p.type, parentLevel, parentCode, provinceCode(p), cur.level, cur.codes,
      p.formerFullName, p.altNames?.join('; '), p.gsoCode,
      region?.memberFormerProvinceKeys.map((k) => splitKey(k)[1]).join(' '), region?.sourceId, p.qaNote, region?.note ?? p.dissolvedNote, splitKey(p.absorbedIntoKey)[1],
      model.observationsByPlace.get(p.key)?.length ?? 0, path ? opts.pageUrl(path) : undefined,
    ];
  });
  return {
    name: 'don-vi',
    fields,
    rows,
    primaryKey: ['level', 'code'],
    foreignKeys: [{ fields: ['source'], reference: { resource: 'nguon', fields: ['id'] } }],
    licence: 'admin',
  };
}

function communeCrosswalkTable(model: Model): BulkTable {
  const fields: TableField[] = [
    req('old_level', { enum: ['former_commune', 'former_district'] }),
    req('old_code'),
    req('old_full_name'),
    str('old_district_code'),
    str('old_district_full_name'),
    req('old_province_code'),
    str('old_province_full_name'),
    req('new_code'),
    req('new_full_name'),
    req('new_province_code'),
    req('share', { enum: codes(SHARES) }),
    str('qa_note'),
  ];
  const rows: Cell[][] = [];
  for (const [oldKey, links] of model.successors) {
    const old = model.places.get(oldKey);
    if (!old || (old.level !== 'former_commune' && old.level !== 'former_district')) continue;
    const district = old.level === 'former_commune' && old.parentKey ? model.places.get(old.parentKey) : old;
    const province = old.provinceKey ? model.places.get(old.provinceKey) : undefined;
    for (const l of links) {
      const neu = model.places.get(l.key)!;
      rows.push([
        old.level, old.code, old.fullName,
        old.level === 'former_commune' ? splitKey(old.parentKey)[1] : undefined,
        old.level === 'former_commune' ? district?.fullName : undefined,
        provinceCode(old), province?.fullName,
        neu.code, neu.fullName, provinceCode(neu), l.share, l.qaNote,
      ]);
    }
  }
  return { name: 'chuyen-doi-xa', fields, rows, primaryKey: ['old_level', 'old_code', 'new_code'], foreignKeys: [], licence: 'admin' };
}

function provinceCrosswalkTable(model: Model): BulkTable {
  const fields: TableField[] = [req('old_code', { unique: true }), req('old_full_name'), req('new_code'), req('new_full_name')];
  const rows: Cell[][] = [];
  for (const old of model.formerProvinces) {
    for (const l of model.successors.get(old.key) ?? []) {
      const neu = model.places.get(l.key)!;
      rows.push([old.code, old.fullName, neu.code, neu.fullName]);
    }
  }
  return { name: 'chuyen-doi-tinh', fields, rows, primaryKey: ['old_code'], foreignKeys: [], licence: 'admin' };
}

function indicatorsTable(model: Model, opts: BulkOptions): BulkTable {
  const fields: TableField[] = [
    ind('id', { unique: true }),
    ind('name_vi'),
    ind('name_en'),
    ind('unit'),
    ind('denominator'),
    ind('higher_is_better'),
    ind('group'),
    ind('main', { required: true }),
    ind('levels'),
    ind('definition'),
    ind('legal_basis'),
    ind('note'),
    { name: 'result_count', type: 'integer', required: true },
    { name: 'target_count', type: 'integer', required: true },
    req('file'),
    { name: 'line', type: 'integer', required: true },
    req('page_url'),
  ];
  const rows = model.indicators.map((i): Cell[] => {
    const list = model.observationsByIndicator.get(i.id) ?? [];
    const targets = list.filter((o) => o.kind === 'target').length;
    return [
      i.id, i.nameVi, i.nameEn, i.unit, i.denominator, i.higherIsBetter, i.group, i.main, i.levels.join(' '), i.definition, i.legalBasis.join(' '), i.note,
      list.length - targets, targets, i.origin.file, i.origin.line, opts.pageUrl(indicatorPath(i.id)),
    ];
  });
  return { name: 'chi-tieu', fields, rows, primaryKey: ['id'], foreignKeys: [], licence: 'compilation' };
}

function sourcesTable(model: Model, opts: BulkOptions): BulkTable {
  const fields: TableField[] = [
    src('id', { unique: true }),
    src('type'),
    src('title'),
    src('number'),
    src('issuer'),
    src('publisher'),
    src('date'),
    src('url'),
    src('language', { required: true }),
    src('note'),
    { name: 'figure_count', type: 'integer', required: true },
    req('file'),
    { name: 'line', type: 'integer', required: true },
    req('page_url'),
  ];
  const rows = model.sources.map((s): Cell[] => [
    s.id, s.type, s.title, s.number, s.issuer, s.publisher, s.date, s.url, s.language, s.note,
    model.observationsBySource.get(s.id)?.length ?? 0, s.origin.file, s.origin.line, opts.pageUrl(`/van-ban/${s.id}/`),
  ]);
  return { name: 'nguon', fields, rows, primaryKey: ['id'], foreignKeys: [], licence: 'compilation' };
}

/** All bulk tables, in the order the data page and datapackage.json list them. */
export function bulkTables(model: Model, opts: BulkOptions): BulkTable[] {
  return [
    observationsTable(model, opts),
    placesTable(model, opts),
    communeCrosswalkTable(model),
    provinceCrosswalkTable(model),
    indicatorsTable(model, opts),
    sourcesTable(model, opts),
  ];
}

/** A row as a JSON object; empty cells are left out (absent key = empty cell). */
export function rowObject(fields: readonly TableField[], row: readonly Cell[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (let j = 0; j < fields.length; j++) {
    const v = row[j];
    if (v !== undefined && v !== null && v !== '') out[fields[j]!.name] = v;
  }
  return out;
}

/**
 * The table as compact JSON: a small header (dataset, version, licence) and `rows`, one object
 * per row. Built by joining per-row strings so a 100,000-row table needs no giant object tree.
 */
export function tableJson(table: BulkTable, header: Record<string, unknown>): string {
  const head = JSON.stringify({ ...header, table: table.name, fields: table.fields.map((f) => f.name) });
  const parts: string[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) parts[i] = JSON.stringify(rowObject(table.fields, table.rows[i]!));
  return `${head.slice(0, -1)},"rows":[${parts.join(',')}]}`;
}
