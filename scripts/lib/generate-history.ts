/**
 * A generated git history of the data for the changelog's benchmark: a repository whose data/
 * starts as a copy of the real data (marked illustrative) and then receives `commits` data
 * commits, in turn: a province's new figures with their source, values corrected, figures
 * withdrawn, rows reordered, a file renamed, and every other week a national target changed or
 * a quote reworded.
 * Written with one `git fast-import`, in seconds; deterministic.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import { mulberry32 } from './random.ts';

const HEADER = 'place_level,place_code,place_name,indicator,kind,year,value,qualifier,basis,numerator,denominator,source,plan,quote,note';
const SOURCE_HEADER = 'id,type,title,number,issuer,publisher,date,url,language,note';
const INDICATOR = 'learning_families_pct';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

export function generateHistory(realData: string, repo: string, commits: number): { rows: number; files: number } {
  const { model } = loadDataset(realData);
  if (!model) throw new Error(`${realData} is not valid: run npm run validate`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });

  const r = mulberry32(20261205); // the same history on every run
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  // Figure files (path under data/ → rows) and the generated sources, as the history goes.
  const files = new Map<string, string[]>();
  const sources: string[] = [];
  let stream = '';
  let time = Date.parse('2026-01-01T02:00:00Z') / 1000;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const put = (path: string, text: string) => (stream += `M 100644 inline data/${path}\n${data(text)}`);
  const commit = (message: string, body: () => void) => {
    time += 3600 * (6 + Math.floor(r() * 60));
    stream += `commit refs/heads/main\nauthor Hội Khuyến học (minh họa) <minh-hoa@example.org> ${time} +0700\ncommitter Hội Khuyến học (minh họa) <minh-hoa@example.org> ${time} +0700\n${data(message)}`;
    body();
    stream += '\n';
  };
  const writeFile = (path: string) => put(path, [HEADER, ...files.get(path)!].join('\n') + '\n');
  const figureFiles = () => [...files.keys()].filter((p) => p.startsWith('observations/minh-hoa-'));

  commit('Dữ liệu ban đầu (bản sao dữ liệu thật, minh họa)', () => {
    for (const rel of listFiles(realData)) {
      if (rel.startsWith('geo/') || rel.startsWith('tin-tuc/') || rel.startsWith('templates/')) continue;
      const text = rel === 'dataset.json' ? JSON.stringify({ name: 'Lịch sử minh họa cho đo hiệu năng', illustrative: true }) + '\n' : readFileSync(join(realData, rel), 'utf8');
      put(rel, text);
    }
  });
  for (let i = 1; i < commits; i++) {
    const kind = i % 7;
    const existing = figureFiles();
    if (kind === 0 || existing.length === 0) {
      // A province publishes a year of figures for its communes, with the report they come from.
      const province = pick(model.provinces);
      const communes = model.communesByProvince.get(province.key) ?? [];
      const year = 2021 + Math.floor(r() * 5);
      const source = `bao-cao-minh-hoa-${i}`;
      sources.push(`${source},report,Báo cáo minh họa số ${i} (không phải số liệu thật),,,,2026-01-01,https://example.org/${i},vi,Sinh để đo hiệu năng`);
      const path = `observations/minh-hoa-${province.code}-${i}.csv`;
      const rows = communes.slice(0, 60).map((c) => `commune,${c.code},${c.fullName},${INDICATOR},result,${year},${(20 + r() * 75).toFixed(1)},,recognised,,,${source},,Số liệu minh họa,`);
      rows.push(`province,${province.code},${province.fullName},${INDICATOR},result,${year},${(30 + r() * 60).toFixed(1)},,recognised,,,${source},,Số liệu minh họa,`);
      files.set(path, rows);
      commit(`Số liệu minh họa của ${province.fullName} năm ${year}`, () => {
        put('sources/minh-hoa.csv', [SOURCE_HEADER, ...sources].join('\n') + '\n');
        writeFile(path);
      });
      continue;
    }
    const path = pick(existing);
    const rows = files.get(path)!;
    if (kind === 1 || kind === 5) {
      for (let k = 0; k < 5; k++) {
        const j = Math.floor(r() * rows.length);
        rows[j] = rows[j]!.replace(/,result,(\d{4}),[\d.]+,/, (_, y: string) => `,result,${y},${(20 + r() * 75).toFixed(1)},`);
      }
      commit(`Sửa 5 giá trị trong ${path}`, () => writeFile(path));
    } else if (kind === 2) {
      rows.splice(Math.floor(r() * rows.length), 3);
      commit(`Bỏ 3 số liệu trong ${path}`, () => writeFile(path));
    } else if (kind === 3) {
      rows.reverse();
      commit(`Sắp xếp lại ${path}`, () => writeFile(path));
    } else if (kind === 4) {
      const to = path.replace(/\.csv$/, '-r.csv');
      files.set(to, rows);
      files.delete(path);
      commit(`Đổi tên ${path}`, () => (stream += `R data/${path} data/${to}\n`));
    } else if (i % 14 === 13) {
      rows[0] = rows[0]!.replace('Số liệu minh họa', 'Số liệu minh họa (trích dẫn sửa lại)');
      commit(`Sửa trích dẫn trong ${path}`, () => writeFile(path));
    } else {
      // A national target for 2025 moves: every place with figures may change status.
      const target = (60 + Math.floor(r() * 30)).toString();
      const path2 = 'observations/minh-hoa-muc-tieu.csv';
      files.set(path2, [`national,VN,Việt Nam,${INDICATOR},target,2025,${target},,recognised,,,bao-cao-minh-hoa-muc-tieu,,Mục tiêu minh họa ${target}%,`]);
      if (!sources.some((s) => s.startsWith('bao-cao-minh-hoa-muc-tieu,'))) sources.push('bao-cao-minh-hoa-muc-tieu,report,Mục tiêu minh họa (không phải số liệu thật),,,,2026-01-01,https://example.org/muc-tieu,vi,Sinh để đo hiệu năng');
      commit(`Mục tiêu minh họa ${target}%`, () => {
        put('sources/minh-hoa.csv', [SOURCE_HEADER, ...sources].join('\n') + '\n');
        writeFile(path2);
      });
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream, maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: repo });
  return { rows: [...files.values()].reduce((n, rows) => n + rows.length, 0), files: files.size };
}
