/**
 * The admin lists against the official totals (34 provinces, 3,321 communes, 63 former provinces),
 * and every former commune and province placed on a current unit by the crosswalk: a list copied
 * short, or a crosswalk with only its header, would otherwise publish without a word.
 */
import type { Sink } from './cells.ts';
import { msg } from './messages.ts';
import type { Place, SuccessorLink } from './model.ts';
import { COMMUNE_CROSSWALK, COMMUNES, FORMER_PROVINCES, OFFICIAL_TOTALS, PROVINCE_CROSSWALK, PROVINCES } from './tables/admin.ts';

export interface OfficialLists {
  provinces: readonly Place[];
  communes: readonly Place[];
  formerProvinces: readonly Place[];
  formerCommunes: readonly Place[];
  successors: Map<string, SuccessorLink[]>;
  /** Row of each unit in its list. */
  origins: Map<string, { file: string; line: number }>;
}

export function checkOfficial(lists: OfficialLists, sink: Sink, display: (rel: string) => string): void {
  const total = (rel: string, what: { vi: string; en: string }, found: number, expected: number) => {
    if (found !== expected) sink.push(msg.adminTotal(display(rel), what, found, expected));
  };
  total(PROVINCES.name, { vi: 'tỉnh, thành phố', en: 'provinces' }, lists.provinces.length, OFFICIAL_TOTALS.provinces);
  total(COMMUNES.name, { vi: 'đơn vị cấp xã', en: 'communes' }, lists.communes.length, OFFICIAL_TOTALS.communes);
  total(FORMER_PROVINCES.name, { vi: 'tỉnh cũ', en: 'former provinces' }, lists.formerProvinces.length, OFFICIAL_TOTALS.formerProvinces);

  const placed = (list: readonly Place[], what: { vi: string; en: string }, where: string) => {
    const missing = list.filter((p) => !lists.successors.has(p.key));
    // A crosswalk copied short leaves thousands unplaced: one message for the file, not one per unit.
    if (missing.length > 20) {
      sink.push(msg.notPlacedMany(display(where), what, missing.length, list.length, missing.slice(0, 5).map((p) => p.code)));
      return;
    }
    for (const p of missing) {
      const at = lists.origins.get(p.key) ?? { file: display(where), line: 0 };
      sink.push(msg.notPlaced({ ...at, column: 1, columnName: 'code', value: p.code }, what, display(where)));
    }
  };
  placed(lists.formerCommunes, { vi: 'Xã cũ', en: 'Former commune' }, COMMUNE_CROSSWALK.name);
  placed(lists.formerProvinces, { vi: 'Tỉnh cũ', en: 'Former province' }, PROVINCE_CROSSWALK.name);
}
