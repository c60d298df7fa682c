/**
 * Administrative units and the 2025 crosswalk, from the verbatim copies in data/admin/.
 * These files are never edited by hand, but they are still checked: a bad copy must not publish.
 */
import type { Place, PlaceLevel, PredecessorLink, Region, SuccessorLink } from './model.ts';
import type { Sink } from './cells.ts';
import { text } from './cells.ts';
import { msg } from './messages.ts';
import { readTable, type TableRecord } from './read-table.ts';
import { checkCrosswalkNamesakes } from './check-crosswalk.ts';
import { DISSOLVED_COLUMNS, DISSOLVED_FILE, readDissolved } from './load-dissolved.ts';

export const ADMIN_FILES = {
  provinces: 'admin/provinces-2025-07-01.csv',
  communes: 'admin/communes-2025-07-01.csv',
  formerProvinces: 'admin/former-provinces-2025-03-01.csv',
  formerDistricts: 'admin/former-districts-2025-03-01.csv',
  formerCommunes: 'admin/former-communes-2025-03-01.csv',
  crosswalkCommunes: 'admin/crosswalk-communes-2025-07-01.csv',
  crosswalkProvinces: 'admin/crosswalk-provinces-2025-07-01.csv',
  regions: 'admin/regions.csv',
} as const;

const cols = (...names: string[]) => names.map((name) => ({ name, inHeader: true }));

export const placeKey = (level: PlaceLevel, code: string): string => `${level}:${code}`;

/** "Phường Ba Đình" with name "Ba Đình" → "Phường". */
function typeWord(fullName: string, name: string): string {
  return fullName.endsWith(name) ? fullName.slice(0, fullName.length - name.length).trim() : fullName.split(' ')[0]!;
}

export interface AdminData {
  nation: Place;
  provinces: Place[];
  communes: Place[];
  formerProvinces: Place[];
  formerDistricts: Place[];
  formerCommunes: Place[];
  regions: Region[];
  successors: Map<string, SuccessorLink[]>;
  predecessors: Map<string, PredecessorLink[]>;
}

type ReadFile = (relPath: string) => Uint8Array | undefined;

export function loadAdmin(read: ReadFile, display: (rel: string) => string, sink: Sink): AdminData {
  const table = (rel: string, columns: ReturnType<typeof cols>): TableRecord[] => {
    const bytes = read(rel);
    if (!bytes) {
      sink.push(msg.missingFolder(display(rel)));
      return [];
    }
    const res = readTable(display(rel), bytes, columns);
    sink.push(...res.problems);
    return res.records;
  };
  const unique = (records: TableRecord[], build: (r: TableRecord) => Place | undefined): Place[] => {
    const seen = new Set<string>();
    const out: Place[] = [];
    for (const r of records) {
      const p = build(r);
      if (!p) continue;
      if (seen.has(p.code)) sink.push(msg.adminDuplicate(r.cell('code')));
      else {
        seen.add(p.code);
        out.push(p);
      }
    }
    return out;
  };

  const nation: Place = { key: 'national:VN', level: 'national', code: 'VN', name: 'Việt Nam', fullName: 'Việt Nam', type: 'Quốc gia' };

  const provinces = unique(
    table(ADMIN_FILES.provinces, cols('code', 'name', 'full_name', 'type', 'name_en', 'n_communes', 'full_name_v4.2.0', 'type_v4.2.0')),
    (r) => {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      const fullName = text(r, 'full_name', true, sink);
      if (!code || !name || !fullName) return undefined;
      // A later change of type (Đồng Nai became a centrally-run city in 2026) is applied;
      // v4.2.0's tone-mark respellings ("Hoá") are not, as GSO keeps "Hòa".
      const laterType = r.get('type_v4.2.0');
      const p: Place = laterType
        ? { key: placeKey('province', code), level: 'province', code, name, fullName: `${laterType} ${name}`, type: laterType, formerFullName: fullName }
        : { key: placeKey('province', code), level: 'province', code, name, fullName, type: r.get('type') || typeWord(fullName, name) };
      return p;
    },
  );
  const provinceCodes = new Set(provinces.map((p) => p.code));

  const communes = unique(
    table(ADMIN_FILES.communes, cols('code', 'name', 'full_name', 'type', 'province_code', 'province_full_name', 'name_en', 'gso_1027_code_if_different', 'gso_1027_full_name_if_different', 'full_name_v4.2.0_if_different', 'type_v4.2.0_if_different')),
    (r) => {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      const fullName = text(r, 'full_name', true, sink);
      const prov = text(r, 'province_code', true, sink);
      if (!code || !name || !fullName || !prov) return undefined;
      if (!provinceCodes.has(prov)) sink.push(msg.adminUnknownParent(r.cell('province_code'), 'tỉnh / province'));
      const laterType = r.get('type_v4.2.0_if_different');
      const gsoName = r.get('gso_1027_full_name_if_different');
      const p: Place = {
        key: placeKey('commune', code),
        level: 'commune',
        code,
        name,
        fullName: laterType ? `${laterType} ${name}` : fullName,
        type: laterType || r.get('type') || typeWord(fullName, name),
        parentKey: placeKey('province', prov),
        provinceKey: placeKey('province', prov),
      };
      if (laterType) p.formerFullName = fullName;
      // GSO letter 1027 spells a few names differently ("Phố Bảng"): keep them findable.
      if (gsoName && gsoName !== fullName) p.altNames = [gsoName];
      const gsoCode = r.get('gso_1027_code_if_different');
      if (gsoCode) p.gsoCode = gsoCode;
      return p;
    },
  );

  const formerProvinces = unique(
    table(ADMIN_FILES.formerProvinces, cols('code', 'name', 'full_name', 'name_en')),
    (r) => {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      const fullName = text(r, 'full_name', true, sink);
      if (!code || !name || !fullName) return undefined;
      return { key: placeKey('former_province', code), level: 'former_province', code, name, fullName, type: typeWord(fullName, name) };
    },
  );
  const formerProvinceCodes = new Set(formerProvinces.map((p) => p.code));

  const formerDistricts = unique(
    table(ADMIN_FILES.formerDistricts, cols('code', 'name', 'full_name', 'name_en', 'province_code')),
    (r) => {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      const fullName = text(r, 'full_name', true, sink);
      const prov = text(r, 'province_code', true, sink);
      if (!code || !name || !fullName || !prov) return undefined;
      if (!formerProvinceCodes.has(prov)) sink.push(msg.adminUnknownParent(r.cell('province_code'), 'tỉnh cũ / former province'));
      const pk = placeKey('former_province', prov);
      return { key: placeKey('former_district', code), level: 'former_district', code, name, fullName, type: typeWord(fullName, name), parentKey: pk, provinceKey: pk };
    },
  );
  const formerDistrictCodes = new Set(formerDistricts.map((p) => p.code));

  const formerCommunes = unique(
    table(ADMIN_FILES.formerCommunes, cols('code', 'name', 'full_name', 'name_en', 'district_code', 'province_code')),
    (r) => {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      const fullName = text(r, 'full_name', true, sink);
      const dist = text(r, 'district_code', true, sink);
      const prov = text(r, 'province_code', true, sink);
      if (!code || !name || !fullName || !dist || !prov) return undefined;
      if (!formerDistrictCodes.has(dist)) sink.push(msg.adminUnknownParent(r.cell('district_code'), 'huyện cũ / former district'));
      return {
        key: placeKey('former_commune', code),
        level: 'former_commune',
        code,
        name,
        fullName,
        type: typeWord(fullName, name),
        parentKey: placeKey('former_district', dist),
        provinceKey: placeKey('former_province', prov),
      };
    },
  );

  const successors = new Map<string, SuccessorLink[]>();
  const predecessors = new Map<string, PredecessorLink[]>();
  const link = (oldKey: string, newKey: string, share: 'full' | 'partial', qaNote?: string) => {
    const s: SuccessorLink = { key: newKey, share };
    const p: PredecessorLink = { key: oldKey, share };
    if (qaNote) {
      s.qaNote = qaNote;
      p.qaNote = qaNote;
    }
    (successors.get(oldKey) ?? successors.set(oldKey, []).get(oldKey)!).push(s);
    (predecessors.get(newKey) ?? predecessors.set(newKey, []).get(newKey)!).push(p);
  };

  const communeCodes = new Set(communes.map((c) => c.code));
  const formerCommuneByCode = new Map(formerCommunes.map((c) => [c.code, c]));
  const extraFormer: Place[] = [];
  const crosswalkRows = table(ADMIN_FILES.crosswalkCommunes, cols('old_level', 'old_code', 'old_full_name', 'old_district_code', 'old_district_full_name', 'old_province_code', 'old_province_full_name', 'new_code', 'new_full_name', 'new_province_code', 'share', 'qa_note'));
  checkCrosswalkNamesakes(crosswalkRows, sink);
  for (const r of crosswalkRows) {
    const level = text(r, 'old_level', true, sink);
    const oldCode = text(r, 'old_code', true, sink);
    const newCode = text(r, 'new_code', true, sink);
    const share = r.get('share') === 'partial' ? 'partial' : 'full';
    const qa = r.get('qa_note') || undefined;
    if (!level || !oldCode || !newCode) continue;
    if (!communeCodes.has(newCode)) {
      sink.push(msg.adminUnknownParent(r.cell('new_code'), 'xã mới / new commune'));
      continue;
    }
    if (level === 'district') {
      link(placeKey('former_district', oldCode), placeKey('commune', newCode), share, qa);
      continue;
    }
    if (!formerCommuneByCode.has(oldCode)) {
      // 12 former units are missing from the 2025-03-01 list; the crosswalk flags them in qa_note.
      if (!qa) {
        sink.push(msg.adminUnknownParent(r.cell('old_code'), 'xã cũ / former commune'));
        continue;
      }
      const fullName = r.get('old_full_name');
      const dist = r.get('old_district_code');
      const prov = r.get('old_province_code');
      const name = fullName.replace(/^(Xã|Phường|Thị trấn)\s+/, '');
      const extra: Place = {
        key: placeKey('former_commune', oldCode),
        level: 'former_commune',
        code: oldCode,
        name,
        fullName,
        type: typeWord(fullName, name),
        parentKey: placeKey('former_district', dist),
        provinceKey: placeKey('former_province', prov),
        qaNote: qa,
      };
      formerCommuneByCode.set(oldCode, extra);
      extraFormer.push(extra);
    }
    link(placeKey('former_commune', oldCode), placeKey('commune', newCode), share, qa);
  }

  for (const r of table(ADMIN_FILES.crosswalkProvinces, cols('old_code', 'old_name', 'new_code', 'new_name'))) {
    const oldCode = text(r, 'old_code', true, sink);
    const newCode = text(r, 'new_code', true, sink);
    if (!oldCode || !newCode) continue;
    if (!formerProvinceCodes.has(oldCode)) sink.push(msg.adminUnknownParent(r.cell('old_code'), 'tỉnh cũ / former province'));
    else if (!provinceCodes.has(newCode)) sink.push(msg.adminUnknownParent(r.cell('new_code'), 'tỉnh mới / new province'));
    else link(placeKey('former_province', oldCode), placeKey('province', newCode), 'full');
  }

  const regions: Region[] = [];
  const regionBytes = read(ADMIN_FILES.regions);
  if (regionBytes) {
    const res = readTable(display(ADMIN_FILES.regions), regionBytes, cols('code', 'name', 'member_former_provinces', 'source', 'note'));
    sink.push(...res.problems);
    for (const r of res.records) {
      const code = text(r, 'code', true, sink);
      const name = text(r, 'name', true, sink);
      if (!code || !name) continue;
      const members = r.get('member_former_provinces').split(/\s+/).filter(Boolean);
      for (const m of members) if (!formerProvinceCodes.has(m)) sink.push(msg.adminUnknownParent({ ...r.cell('member_former_provinces'), value: m }, 'tỉnh cũ / former province'));
      const region: Region = {
        key: placeKey('region', code),
        level: 'region',
        code,
        name,
        fullName: name,
        type: 'Cụm thi đua',
        memberFormerProvinceKeys: members.map((m) => placeKey('former_province', m)),
      };
      const src = r.get('source');
      if (src) region.sourceId = src;
      const note = r.get('note');
      if (note) region.note = note;
      regions.push(region);
    }
  }

  const known = new Set([...formerProvinces, ...formerDistricts, ...formerCommunes].map((p) => p.key));
  const dissolvedBytes = read(DISSOLVED_FILE);
  const dissolved = dissolvedBytes ? readDissolved(readTable(display(DISSOLVED_FILE), dissolvedBytes, DISSOLVED_COLUMNS).records, known, sink) : [];

  return {
    nation,
    provinces,
    communes,
    formerProvinces,
    formerDistricts: [...formerDistricts, ...dissolved.filter((p) => p.level === 'former_district')],
    formerCommunes: [...formerCommunes, ...extraFormer, ...dissolved.filter((p) => p.level === 'former_commune')],
    regions,
    successors,
    predecessors,
  };
}
