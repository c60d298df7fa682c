/**
 * A check the crosswalk's automated pipeline needed: a former commune sent *partly* to a new unit
 * that also receives a namesake from another former district (Phường Tân Thành of Thành phố Hoa Lư
 * and Xã Tân Thành of Huyện Kim Sơn, both "to Xã Lai Thành") is almost always a mix-up of two units
 * with the same name. It is an error unless the row's qa_note says why it is right.
 */
import type { Sink } from './cells.ts';
import { msg } from './messages.ts';
import type { TableRecord } from './read-table.ts';

const bare = (fullName: string) => fullName.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '').toLowerCase();

export function checkCrosswalkNamesakes(rows: TableRecord[], sink: Sink): void {
  const byNew = new Map<string, TableRecord[]>();
  for (const r of rows) (byNew.get(r.get('new_code')) ?? byNew.set(r.get('new_code'), []).get(r.get('new_code'))!).push(r);
  for (const r of rows) {
    if (r.get('share') !== 'partial' || r.get('qa_note')) continue;
    const others = (byNew.get(r.get('new_code')) ?? []).filter((o) => o !== r);
    if (others.some((o) => o.get('old_district_code') === r.get('old_district_code'))) continue;
    const namesake = others.find((o) => bare(o.get('old_full_name')) === bare(r.get('old_full_name')));
    if (!namesake) continue;
    sink.push(
      msg.crosswalkNamesake(
        r.cell('new_code'),
        `${r.get('old_full_name')} (${r.get('old_district_full_name')})`,
        r.get('new_full_name'),
        `${namesake.get('old_full_name')} (${namesake.get('old_district_full_name')})`,
      ),
    );
  }
}
