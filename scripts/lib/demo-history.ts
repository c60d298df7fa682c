/**
 * `node scripts/lib/demo-history.ts <generated data> <repo>`: a git repository of the site's data
 * with a short real history, built from generated illustrative data, for the tests of the
 * changelog on a built site (tests/built/changes.test.ts):
 *   1. the data, less a few figures;
 *   2. those figures added and one value changed            → a release with old and new value;
 *   3. the rows of a file reordered                          → no release;
 *   4. a news post naming a province and an indicator        → news, in the feeds, no release.
 * Writes <repo>/data/ and <repo>/history.json (the commits and the changed figure).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DemoHistory {
  commits: { first: string; change: string; reorder: string; news: string };
  changed: { file: string; placeLevel: string; placeCode: string; indicator: string; year: string; before: number; after: number };
  added: number;
  newsSlug: string;
}

export function makeDemoHistory(generated: string, repo: string): DemoHistory {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const data = join(repo, 'data');
  cpSync(generated, data, { recursive: true });
  let day = 1;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } }).trim();
  const commit = (message: string): string => {
    const date = `2026-01-0${day++}T09:00:00+07:00`;
    git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], {
      cwd: repo,
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Hội Khuyến học (minh họa)', GIT_AUTHOR_EMAIL: 'minh-hoa@example.org', GIT_COMMITTER_NAME: 'Hội Khuyến học (minh họa)', GIT_COMMITTER_EMAIL: 'minh-hoa@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q', '-b', 'main');

  const file = readdirSync(join(data, 'observations')).filter((f) => f.startsWith('minh-hoa-')).sort().at(-1)!;
  const path = join(data, 'observations', file);
  const full = readFileSync(path, 'utf8').trimEnd().split('\n');
  const [header, ...rows] = full as [string, ...string[]];
  const held = rows.slice(-3);
  const first = rows[0]!.split(',');
  const before = Number(first[6]);
  const after = Math.round((before > 90 ? before - 2.5 : before + 2.5) * 10) / 10;

  writeFileSync(path, [header, ...rows.slice(0, -3)].join('\n') + '\n');
  const c1 = commit('Dữ liệu minh họa ban đầu');
  const changedRow = [...first];
  changedRow[6] = String(after);
  writeFileSync(path, [header, changedRow.join(','), ...rows.slice(1)].join('\n') + '\n');
  const c2 = commit('Thêm số liệu minh họa và sửa một giá trị');
  writeFileSync(path, [header, ...[changedRow.join(','), ...rows.slice(1)].reverse()].join('\n') + '\n');
  const c3 = commit('Sắp xếp lại các dòng');
  const newsSlug = '2026-01-04-tin-minh-hoa';
  mkdirSync(join(data, 'tin-tuc'), { recursive: true });
  writeFileSync(
    join(data, 'tin-tuc', `${newsSlug}.mdx`),
    `---\ntitle: Tin minh họa về tỉnh ${first[1]}\ndate: 2026-01-04\nsummary: Tin sinh tự động để thử nghiệm, không phải tin thật.\nplaces: ["${first[1]}"]\nindicators: [${first[3]}]\n---\n\nNội dung minh họa, có [một đường dẫn](https://example.org/).\n`,
  );
  const c4 = commit('Tin minh họa');
  const out: DemoHistory = {
    commits: { first: c1, change: c2, reorder: c3, news: c4 },
    changed: { file, placeLevel: first[0]!, placeCode: first[1]!, indicator: first[3]!, year: first[5]!, before, after },
    added: held.length,
    newsSlug,
  };
  writeFileSync(join(repo, 'history.json'), JSON.stringify(out, null, 2) + '\n');
  return out;
}

if (import.meta.main) {
  const [generated, repo] = process.argv.slice(2);
  if (!generated || !repo) {
    console.error('Cách dùng / usage: node scripts/lib/demo-history.ts <generated data> <repo>');
    process.exit(1);
  }
  const h = makeDemoHistory(resolve(generated), resolve(repo));
  console.error(`Lịch sử minh họa / demo history: 4 commit → ${resolve(repo)} (${h.commits.change.slice(0, 10)} sửa ${h.changed.before} → ${h.changed.after})`);
}
