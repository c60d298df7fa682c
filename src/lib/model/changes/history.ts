/**
 * The public changelog: every commit of the main line that changed figures, with what it
 * changed (diff.ts), read from the repository's real history of the data folder.
 *
 * - A release is a commit whose figures, targets or statuses differ from the commit before;
 *   a commit that only reorders rows, moves them, or edits wording, the guide or the units is
 *   none.
 * - Rows that today's reader cannot take (older formats, looser data) are left out of both
 *   sides and reported as a note of the commit that brought them; a commit whose only data
 *   change is such rows is still listed, with that note, so no data commit is hidden.
 * - Without history (no git, a shallow clone, a data folder outside the repository) the
 *   changelog is empty and says why; the site still builds.
 */
import type { Model } from '../../data/model.ts';
import type { Problem } from '../../data/problems.ts';
import { readBlobs, readDataHistory, type DataCommit, type HistoryUnavailable } from '../../data/git-history.ts';
import { FIGURE_FOLDERS, SnapshotReader, isFigureFile, type Snapshot } from '../../data/snapshot.ts';
import { readWorkbook } from '../../data/load-dataset.ts';
import { diffModels, isEmptyDiff, statusMemo, type ModelDiff } from './diff.ts';

export interface Release {
  /** Short commit hash (10 characters): the release's id and URL. */
  id: string;
  sha: string;
  /** When the commit landed (committer date, ISO 8601). */
  date: string;
  authorName: string;
  committerName: string;
  subject: string;
  body: string;
  diff: ModelDiff;
  /** Rows of the files this commit changed that today's reader leaves out. */
  left: Problem[];
  /** Number of figures (results and targets) after this release. */
  figureCount: number;
}

export interface History {
  unavailable?: HistoryUnavailable;
  /** Commits before the first one read are missing (shallow clone). */
  truncated: boolean;
  /** Date of the oldest commit read when truncated: the changelog starts after it. */
  since?: string;
  /** The data folder relative to the repository root ("data"). */
  dataPath: string;
  /** Newest first. */
  releases: Release[];
  /** Commits that touched the figure folders (releases or not). */
  commitsRead: number;
}

export const RELEASE_ID_LENGTH = 10;

function applyChanges(state: Map<string, string>, commit: DataCommit): void {
  for (const c of commit.changes) {
    if (!isFigureFile(c.path)) continue;
    if (c.blob) state.set(c.path, c.blob);
    else state.delete(c.path);
  }
}

const leftIn = (snap: Snapshot, files: Set<string>) => snap.left.filter((p) => files.has(p.file));

/**
 * Every release of the data folder's history, up to `ref`, compared with today's units and
 * rules (base: the model of the working tree).
 */
export function buildHistory(base: Model, dataDir: string, ref = 'HEAD'): History {
  const h = readDataHistory(dataDir, FIGURE_FOLDERS, ref);
  const out: History = { truncated: h.truncated, dataPath: h.dataPath, releases: [], commitsRead: h.commits.length };
  if (h.unavailable) out.unavailable = h.unavailable;
  if (h.truncated && h.commits.length) out.since = h.commits[0]!.date;
  if (h.unavailable || h.commits.length === 0) return out;

  const blobIds = new Set<string>();
  for (const [path, blob] of h.baseline) if (isFigureFile(path)) blobIds.add(blob);
  for (const c of h.commits) for (const ch of c.changes) if (ch.blob && isFigureFile(ch.path)) blobIds.add(ch.blob);
  const blobs = readBlobs(h.repoRoot, blobIds);
  const display = (path: string) => (h.dataPath ? `${h.dataPath}/${path}` : path);
  const reader = new SnapshotReader(base, display, (id) => blobs.get(id), readWorkbook);
  reader.learn(h.baseline);
  for (const c of h.commits) reader.learn(c.changes.filter((ch) => ch.blob).map((ch) => [ch.path, ch.blob!]));

  const state = new Map([...h.baseline].filter(([path]) => isFigureFile(path)));
  let prev = reader.snapshot(state);
  const statusOf = statusMemo();
  for (const commit of h.commits) {
    const touched = commit.changes.filter((c) => isFigureFile(c.path));
    if (touched.length === 0) continue;
    applyChanges(state, commit);
    const snap = reader.snapshot(state);
    const diff = diffModels(prev.model, snap.model, { candidates: snap, statusOf });
    const files = new Set(touched.map((c) => display(c.path)));
    const left = leftIn(snap, files);
    if (!isEmptyDiff(diff) || left.length > leftIn(prev, files).length) {
      out.releases.push({
        id: commit.sha.slice(0, RELEASE_ID_LENGTH),
        sha: commit.sha,
        date: commit.date,
        authorName: commit.authorName,
        committerName: commit.committerName,
        subject: commit.subject,
        body: commit.body,
        diff,
        left,
        figureCount: snap.model.observations.length,
      });
    }
    prev = snap;
  }
  out.releases.reverse();
  return out;
}
