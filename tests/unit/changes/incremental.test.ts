/**
 * The changelog reads a history incrementally (snapshot.ts, figure-index.ts, a memo of statuses);
 * on a generated history, every release must be exactly what a fresh, full comparison of the
 * commit with its parent gives, and every commit without a release must compare as no change.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { readBlobs, readDataHistory, treeAt } from '../../../src/lib/data/git-history.ts';
import { FIGURE_FOLDERS, SnapshotReader } from '../../../src/lib/data/snapshot.ts';
import { diffModels, type ModelDiff } from '../../../src/lib/model/changes/diff.ts';
import { buildHistory } from '../../../src/lib/model/changes/history.ts';
import { generateHistory } from '../../../scripts/lib/generate-history.ts';

const repo = resolve('tmp/test-incremental-history');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const summary = (d: ModelDiff) => ({
  results: d.results.map((c) => `${c.kind} ${c.before?.id ?? ''} ${c.before?.value ?? ''} → ${c.after?.id ?? ''} ${c.after?.value ?? ''}`).sort(),
  targets: d.targets.map((c) => `${c.kind} ${c.before?.id ?? ''} ${c.before?.value ?? ''} → ${c.after?.id ?? ''} ${c.after?.value ?? ''}`).sort(),
  statuses: d.statuses.map((s) => `${s.place.key} ${s.indicatorId} ${s.before.status} → ${s.after.status}`).sort(),
});

describe('the incremental changelog', () => {
  it('gives, commit by commit, what a full comparison gives', () => {
    generateHistory(resolve('data'), repo, 30);
    const data = join(repo, 'data');
    const model = loadDataset(data).model!;
    const history = buildHistory(model, data);
    const h = readDataHistory(data, FIGURE_FOLDERS);
    expect(h.commits.length).toBeGreaterThan(20);
    expect(history.releases.length).toBeGreaterThan(10);
    const full = (sha: string) => {
      const tree = treeAt(h.repoRoot, h.dataPath, sha, FIGURE_FOLDERS);
      const blobs = readBlobs(h.repoRoot, tree.values());
      const reader = new SnapshotReader(model, (p) => `data/${p}`, (id) => blobs.get(id));
      reader.learn(tree);
      return reader.snapshot(tree).model;
    };
    for (const commit of h.commits.slice(1)) {
      const expected = summary(diffModels(full(commit.parents[0]!), full(commit.sha)));
      const release = history.releases.find((r) => r.sha === commit.sha);
      if (release) expect(summary(release.diff), commit.subject).toEqual(expected);
      else expect(expected, commit.subject).toEqual({ results: [], targets: [], statuses: [] });
    }
  }, 120_000);
});
