/**
 * Units that no longer existed on 2025-03-01 but have published figures (data/admin/dissolved-units.csv),
 * e.g. Huyện Hoa Lư, absorbed into Thành phố Hoa Lư before the 2025 reorganisation. Each keeps its
 * own name and a code of its own, and points to the unit of the same level that absorbed it, so a
 * figure is shown under the name it was published for, never under its successor's.
 */
import type { Place } from './model.ts';
import { readRow, type Sink } from './cells.ts';
import { msg } from './messages.ts';
import type { TableRecord } from './read-table.ts';
import { DISSOLVED } from './tables/admin.ts';

/** `existing`: every place key already known; the absorbing unit must be one, the new code must not. */
export function readDissolved(records: TableRecord[], existing: ReadonlySet<string>, sink: Sink): Place[] {
  const out: Place[] = [];
  for (const r of records) {
    const { level, code, name, full_name: fullName, province_code: prov, absorbed_into_code: into, note } = readRow(DISSOLVED, r, sink);
    if (!level || !code || !name || !fullName || !prov || !into || !note) continue;
    const key = `${level}:${code}`;
    const intoKey = `${level}:${into}`;
    if (existing.has(key)) sink.push(msg.adminDuplicate(r.cell('code')));
    else if (!existing.has(intoKey)) sink.push(msg.adminUnknownParent(r.cell('absorbed_into_code'), level === 'former_district' ? 'huyện cũ / former district' : 'xã cũ / former commune'));
    else if (!existing.has(`former_province:${prov}`)) sink.push(msg.adminUnknownParent(r.cell('province_code'), 'tỉnh cũ / former province'));
    else {
      const provinceKey = `former_province:${prov}`;
      out.push({
        key,
        level,
        code,
        name,
        fullName,
        type: fullName.endsWith(name) ? fullName.slice(0, fullName.length - name.length).trim() : fullName.split(' ')[0]!,
        parentKey: provinceKey,
        provinceKey,
        absorbedIntoKey: intoKey,
        dissolvedNote: note,
      });
    }
  }
  return out;
}
