/** The check that would have caught the Hoa Lư mix-up in the crosswalk, on copies of the real data. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';

const dirs: string[] = [];
function copyWith(edit: (csv: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xhht-xw-'));
  dirs.push(dir);
  cpSync(resolve('data'), dir, { recursive: true });
  const file = join(dir, 'admin/crosswalk-communes-2025-07-01.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('crosswalk namesake check', () => {
  it('stops on the uncorrected Hoa Lư pair (Phường Tân Thành partly to Xã Lai Thành), naming the line', () => {
    const dir = copyWith((csv) =>
      csv.replace(
        /commune,14323,Phường Tân Thành,374,Thành phố Hoa Lư,37,Tỉnh Ninh Bình,14329,Phường Hoa Lư,37,full,"[^"]*"\n/,
        'commune,14323,Phường Tân Thành,374,Thành phố Hoa Lư,37,Tỉnh Ninh Bình,14329,Phường Hoa Lư,37,partial,\ncommune,14323,Phường Tân Thành,374,Thành phố Hoa Lư,37,Tỉnh Ninh Bình,14674,Xã Lai Thành,37,partial,\n',
      ),
    );
    const { problems, model } = loadDataset(dir, dir);
    const p = problems.filter((x) => x.code === 'crosswalk.namesake');
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(4627);
    expect(p[0]!.message.vi).toContain('Phường Tân Thành (Thành phố Hoa Lư)');
    expect(p[0]!.message.vi).toContain('Xã Tân Thành (Huyện Kim Sơn)');
    expect(model).toBeUndefined();
  });

  it('accepts a flagged pair once its qa_note says why', () => {
    const { problems } = loadDataset(resolve('data'));
    expect(problems.filter((x) => x.code === 'crosswalk.namesake')).toEqual([]);
    const dir = copyWith((csv) => csv.replace(/(commune,10963,Xã Long Xuyên,[^\n]*,partial,)"[^"]*"/, '$1'));
    expect(loadDataset(dir, dir).problems.filter((x) => x.code === 'crosswalk.namesake')).toHaveLength(1);
  });
});
