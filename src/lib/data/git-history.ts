/**
 * The data folder's history, read from git: the commits of the main line (first parents) that
 * touched some folders of it, with the blobs each one changed, and the blobs' bytes in one batch.
 * Two git processes for a whole history, whatever its length; nothing here parses a table.
 *
 * Paths are relative to the data folder ("observations/x.csv"), so the same code reads the
 * repository's data/, a test's temporary repository or a fixture folder inside this one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';

export interface DataCommit {
  sha: string;
  parents: string[];
  /** Committer date, ISO 8601 with offset: when the change landed on the main line. */
  date: string;
  authorName: string;
  committerName: string;
  /** First line of the message. */
  subject: string;
  /** The rest of the message, trimmed. */
  body: string;
  /** Files of the data folder this commit added, changed (blob) or deleted (null). */
  changes: { path: string; blob: string | null }[];
}

export type HistoryUnavailable = 'no-git' | 'not-tracked' | 'shallow';

export interface DataHistory {
  /** Undefined when there is a history to read. */
  unavailable?: HistoryUnavailable;
  repoRoot: string;
  /** The data folder relative to the repository root, with "/" ("data", "" for the root). */
  dataPath: string;
  /** Oldest first. */
  commits: DataCommit[];
  /** The folders' files before the first commit listed (path → blob). */
  baseline: Map<string, string>;
  /**
   * A shallow clone: commits before the first one listed are missing, so that commit is the
   * baseline and yields no release.
   */
  truncated: boolean;
}

const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'ignore'] });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** Where a data folder sits in its repository, or undefined outside any repository. */
export function locateData(dataDir: string): { repoRoot: string; dataPath: string } | undefined {
  const top = tryGit(dataDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return undefined;
  const dataPath = relative(realpathSync(top), realpathSync(dataDir)).split(sep).join('/');
  return { repoRoot: top, dataPath };
}

const prefixOf = (dataPath: string) => (dataPath ? `${dataPath}/` : '');

/** Files of some folders of the data folder at a commit (path relative to the data folder → blob). */
export function treeAt(repoRoot: string, dataPath: string, ref: string, folders: readonly string[]): Map<string, string> {
  const prefix = prefixOf(dataPath);
  const out = new Map<string, string>();
  const text = git(repoRoot, ['ls-tree', '-r', '-z', ref, '--', ...folders.map((f) => prefix + f)]);
  for (const entry of text.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (m) out.set(m[2]!.slice(prefix.length), m[1]!);
  }
  return out;
}

/** Whether a ref names a commit of this repository. */
export function commitExists(repoRoot: string, ref: string): boolean {
  return tryGit(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;
}

function parseLog(text: string, prefix: string): DataCommit[] {
  const commits: DataCommit[] = [];
  for (const record of text.split('\x1e')) {
    if (!record) continue;
    const end = record.lastIndexOf('\x1f');
    const [sha, parents, date, authorName, committerName, message] = record.slice(0, end).split('\x1f');
    const lines = (message ?? '').trim().split('\n');
    const tokens = record.slice(end + 1).replace(/^\0?\n?/, '').split('\0');
    const changes: DataCommit['changes'] = [];
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const meta = tokens[i]!.split(' ');
      const path = tokens[i + 1]!;
      if (!path.startsWith(prefix)) continue;
      const blob = meta[3]!;
      changes.push({ path: path.slice(prefix.length), blob: /^0+$/.test(blob) ? null : blob });
    }
    commits.push({
      sha: sha!,
      parents: parents ? parents.split(' ') : [],
      date: date!,
      authorName: authorName!,
      committerName: committerName!,
      subject: lines[0] ?? '',
      body: lines.slice(1).join('\n').trim(),
      changes,
    });
  }
  return commits;
}

/**
 * The commits of the main line (first parents, a merged pull request counting as one commit)
 * that changed any of `folders` in the data folder, oldest first, from `ref` back.
 */
export function readDataHistory(dataDir: string, folders: readonly string[], ref = 'HEAD'): DataHistory {
  const located = locateData(dataDir);
  const empty = { commits: [], baseline: new Map<string, string>(), truncated: false };
  if (!located || !commitExists(located.repoRoot, ref)) return { unavailable: 'no-git', repoRoot: located?.repoRoot ?? dataDir, dataPath: located?.dataPath ?? '', ...empty };
  const { repoRoot, dataPath } = located;
  const prefix = prefixOf(dataPath);
  const paths = folders.map((f) => prefix + f);
  if (!tryGit(repoRoot, ['ls-files', '--', ...paths])?.trim()) return { unavailable: 'not-tracked', repoRoot, dataPath, ...empty };
  const log = git(repoRoot, [
    'log', '--first-parent', '--diff-merges=first-parent', '--root', '--reverse', '--no-renames', '--raw', '--no-abbrev', '-z',
    '--format=%x1e%H%x1f%P%x1f%cI%x1f%an%x1f%cn%x1f%B%x1f', ref, '--', ...paths,
  ]);
  const commits = parseLog(log, prefix);
  const shallow = tryGit(repoRoot, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const first = commits[0];
  // In a shallow clone the oldest commit looks like a root commit that added every file: it is
  // where the known history starts, not a change.
  const parentKnown = first?.parents[0] !== undefined && commitExists(repoRoot, first.parents[0]);
  if (shallow && first && !parentKnown) {
    const baseline = treeAt(repoRoot, dataPath, first.sha, folders);
    const rest = commits.slice(1);
    return { ...(rest.length ? {} : { unavailable: 'shallow' as const }), repoRoot, dataPath, commits: rest, baseline, truncated: true };
  }
  const baseline = first && parentKnown ? treeAt(repoRoot, dataPath, first.parents[0]!, folders) : new Map<string, string>();
  return { repoRoot, dataPath, commits, baseline, truncated: false };
}

/** The bytes of many blobs, read by one `git cat-file --batch`. */
export function readBlobs(repoRoot: string, ids: Iterable<string>): Map<string, Uint8Array> {
  const list = [...new Set(ids)];
  const out = new Map<string, Uint8Array>();
  if (list.length === 0) return out;
  const res = spawnSync('git', ['cat-file', '--batch'], { cwd: repoRoot, input: list.join('\n') + '\n', maxBuffer: MAX_BUFFER });
  if (res.status !== 0) throw new Error(`git cat-file failed: ${res.stderr?.toString() ?? ''}`);
  const buf = res.stdout;
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(10, at);
    const [id, type, size] = buf.subarray(at, nl).toString('latin1').split(' ');
    if (type === 'missing' || size === undefined) {
      at = nl + 1;
      continue;
    }
    const start = nl + 1;
    const end = start + Number(size);
    out.set(id!, buf.subarray(start, end));
    at = end + 1;
  }
  return out;
}
