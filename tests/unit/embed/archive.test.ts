/**
 * The archive of pinned embeds, end to end with real git: a repository without the embed-archive
 * branch starts one; later deploys keep old pinned pages, marked when their chart has changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestLink, markNewer, pinnedPages } from '../../../src/lib/outputs/embed/archive.ts';
import { NEWER_MARK } from '../../../src/lib/outputs/embed/page.ts';
import type { PinManifest } from '../../../src/lib/outputs/embed/pinned.ts';

const SCRIPT = resolve('scripts/archive-embeds.ts');
const root = mkdtempSync(join(tmpdir(), 'xhht-archive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.org', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const run = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A built site with the pinned pages of `charts` (id → version), as the build writes them. */
function site(dir: string, charts: Record<string, string>, stylesheet = 'aaa'): void {
  rmSync(dir, { recursive: true, force: true });
  write(join(dir, `nhung/css/${stylesheet}.css`), `/* ${stylesheet} */`);
  const manifest: PinManifest = { format: 1, charts: {} };
  for (const [id, version] of Object.entries(charts)) {
    manifest.charts[id] = { hash: `${id}@${version}`, version, date: '2025-01-01' };
    write(join(dir, 'nhung/phien-ban', version, `${id}.html`), `<main>${NEWER_MARK}<h1>${id} ${version}</h1></main>`);
  }
  write(join(dir, 'nhung/phien-ban/manifest.json'), JSON.stringify(manifest));
}

describe('archive helpers', () => {
  it('link a pinned page to the latest embed of its chart, relatively', () => {
    expect(latestLink('v1/trend/national-VN/x', true)).toBe('../../../../trend/national-VN/x.html');
    expect(latestLink('v1/locator/00004', false)).toBe('../../../../');
    expect(markNewer(`<main>${NEWER_MARK}<h1>`, '../x/')).toContain('<a href="../x/" target="_self">Đã có số liệu mới hơn — xem bản mới nhất</a>');
    expect(() => markNewer('<main>', '../x/')).toThrow();
  });
});

describe('scripts/archive-embeds.ts with git', () => {
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  const dist = join(work, 'dist');
  const archive = join(work, 'tmp/embed-archive');

  it('starts an empty orphan branch on a repository without one, and pushes the first pages', () => {
    git(root, 'init', '--quiet', '--bare', origin);
    git(root, 'clone', '--quiet', origin, work);
    write(join(work, 'README.md'), 'main\n');
    git(work, 'add', '.');
    git(work, 'commit', '--quiet', '-m', 'main');
    git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');

    const fetched = run(work, 'fetch', '--dir', 'tmp/embed-archive');
    expect(fetched).toBe('');
    expect(existsSync(join(archive, 'README.md'))).toBe(true);
    expect(existsSync(join(archive, 'data'))).toBe(false);

    site(dist, { 'locator/00004': 'v1', 'trend/province-01/x': 'v1' });
    run(work, 'update', '--dir', 'tmp/embed-archive', '--dist', 'dist', '--push');
    expect(git(work, 'ls-tree', '-r', '--name-only', 'origin/embed-archive').split('\n').sort()).toEqual([
      'README.md',
      'css/aaa.css',
      'manifest.json',
      'phien-ban/v1/locator/00004.html',
      'phien-ban/v1/trend/province-01/x.html',
    ]);
    // The branch shares no history with main.
    expect(() => git(work, 'merge-base', 'origin/embed-archive', 'HEAD')).toThrow();
  });

  it('on the next deploy keeps the old page of a changed chart, with the notice, and adds the new one', () => {
    rmSync(archive, { recursive: true, force: true });
    git(work, 'worktree', 'prune');
    run(work, 'fetch', '--dir', 'tmp/embed-archive');
    const manifest = JSON.parse(readFileSync(join(archive, 'manifest.json'), 'utf8')) as PinManifest;
    expect(manifest.charts['locator/00004']!.version).toBe('v1');

    // v2: the trend changed (new pinned version), the locator is no longer published, a new chart.
    site(dist, { 'trend/province-01/x': 'v2', 'trend/province-02/x': 'v2' }, 'bbb');
    run(work, 'update', '--dir', 'tmp/embed-archive', '--dist', 'dist', '--push');
    expect(pinnedPages(join(dist, 'nhung/phien-ban'))).toEqual(['v1/locator/00004', 'v1/trend/province-01/x', 'v2/trend/province-01/x', 'v2/trend/province-02/x']);
    const old = readFileSync(join(dist, 'nhung/phien-ban/v1/trend/province-01/x.html'), 'utf8');
    expect(old).toContain('Đã có số liệu mới hơn — xem bản mới nhất');
    expect(old).toContain('href="../../../../trend/province-01/x.html"');
    const gone = readFileSync(join(dist, 'nhung/phien-ban/v1/locator/00004.html'), 'utf8');
    expect(gone).toContain('href="../../../../"');
    expect(readFileSync(join(dist, 'nhung/phien-ban/v2/trend/province-01/x.html'), 'utf8')).not.toContain('mới hơn');
    // The archive keeps pages as published, never with the notice.
    const archived = git(work, 'show', 'origin/embed-archive:phien-ban/v1/trend/province-01/x.html');
    expect(archived).toContain(NEWER_MARK);
    expect(git(work, 'rev-list', '--count', 'origin/embed-archive')).toBe('2');
    // Old pinned pages keep the stylesheet they were published with; the archive keeps both.
    expect(readdirSync(join(dist, 'nhung/css')).sort()).toEqual(['aaa.css', 'bbb.css']);
    expect(git(work, 'ls-tree', '--name-only', 'origin/embed-archive', 'css/').split('\n').sort()).toEqual(['css/aaa.css', 'css/bbb.css']);
  });

  it('commits nothing when nothing is new', () => {
    run(work, 'update', '--dir', 'tmp/embed-archive', '--dist', 'dist');
    expect(git(archive, 'rev-list', '--count', 'HEAD')).toBe('2');
  });
});
