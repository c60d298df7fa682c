/**
 * Keeps pinned embeds working after later deploys (src/lib/outputs/embed/README.md, "Pinned embeds").
 * Used by .github/workflows/deploy.yml around the build:
 *
 *   node scripts/archive-embeds.ts fetch  [--dir tmp/embed-archive]
 *     checks the `embed-archive` branch out into --dir (a git worktree); on a repository without
 *     that branch yet, an empty orphan branch. The build then reads its manifest (EMBED_ARCHIVE).
 *   node scripts/archive-embeds.ts update [--dir tmp/embed-archive] [--dist dist] [--push]
 *     adds this build's new pinned pages to the archive, copies older ones into dist/ with the
 *     "Đã có số liệu mới hơn" notice, commits, and with --push pushes the branch.
 *
 * Every step prints what it did; any git failure other than "no such branch" stops the deploy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { updateArchive } from '../src/lib/outputs/embed/archive.ts';
import { siteConfig } from '../src/lib/site/config.ts';

const BRANCH = 'embed-archive';
const REMOTE = process.env.EMBED_ARCHIVE_REMOTE ?? 'origin';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

function git(args: string[], cwd = process.cwd()): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(args: string[], cwd?: string): boolean {
  try {
    git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

const README = `# embed-archive

Trang nhúng cố định phiên bản của trang "Xã hội học tập — số liệu theo địa phương", do
scripts/archive-embeds.ts trên nhánh chính ghi sau mỗi lần công bố. Đừng sửa bằng tay.

Pinned embed pages written by scripts/archive-embeds.ts at each deploy (see src/lib/outputs/embed/README.md
on the main branch). Do not edit by hand.

- manifest.json: chart id → the data version whose page is the chart's pinned embed today.
- phien-ban/<version>/<chart id>.html: every pinned page ever published, unchanged.
`;

function fetch(dir: string): void {
  if (existsSync(dir)) {
    tryGit(['worktree', 'remove', '--force', dir]);
    rmSync(dir, { recursive: true, force: true });
    git(['worktree', 'prune']);
  }
  const found = tryGit(['fetch', '--depth=1', '--no-tags', REMOTE, `+refs/heads/${BRANCH}:refs/remotes/${REMOTE}/${BRANCH}`]);
  if (found) {
    git(['worktree', 'add', '--force', '-B', BRANCH, dir, `${REMOTE}/${BRANCH}`]);
    console.error(`Lưu trữ nhúng / embed archive: ${BRANCH} checked out into ${dir}`);
    return;
  }
  // First deploy: an empty branch with no history, sharing nothing with main.
  git(['worktree', 'add', '--force', '--detach', '--no-checkout', dir]);
  git(['switch', '--orphan', BRANCH], dir);
  writeFileSync(join(dir, 'README.md'), README);
  console.error(`Lưu trữ nhúng / embed archive: no ${BRANCH} branch on ${REMOTE} yet, starting an empty one in ${dir}`);
}

function update(dir: string, dist: string, push: boolean): void {
  if (!existsSync(join(dir, '.git'))) throw new Error(`${dir} is not a checkout of ${BRANCH}: run "fetch" first`);
  const { added, restored } = updateArchive(dir, dist);
  writeFileSync(join(dir, 'README.md'), README);
  console.error(`Lưu trữ nhúng / embed archive: ${added} trang mới vào lưu trữ, ${restored} trang cũ vào ${dist} (có thông báo số liệu mới hơn)`);
  git(['add', '-A'], dir);
  if (tryGit(['diff', '--cached', '--quiet'], dir)) {
    console.error('Lưu trữ nhúng / embed archive: nothing new to commit');
  } else {
    const version = siteConfig().dataVersion;
    const who = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];
    git([...who, 'commit', '--quiet', '-m', `Pinned embeds of data version ${version}: ${added} new pages`], dir);
  }
  if (push) {
    git(['push', REMOTE, `HEAD:refs/heads/${BRANCH}`], dir);
    console.error(`Lưu trữ nhúng / embed archive: pushed ${BRANCH}`);
  }
}

const [command] = process.argv.slice(2);
const dir = resolve(arg('dir', 'tmp/embed-archive'));
try {
  if (command === 'fetch') fetch(dir);
  else if (command === 'update') update(dir, resolve(arg('dist', 'dist')), process.argv.includes('--push'));
  else throw new Error('usage: node scripts/archive-embeds.ts fetch|update [--dir <archive>] [--dist <site>] [--push]');
} catch (e) {
  const err = e as Error & { stderr?: string };
  console.error(`Lưu trữ nhúng thất bại / embed archive failed: ${err.message}${err.stderr ? `\n${err.stderr}` : ''}`);
  process.exit(1);
}
