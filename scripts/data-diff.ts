/**
 * `npm run data:diff -- <git ref>`: what the data in the working tree changes compared with the
 * data at a commit (default HEAD), in Vietnamese Markdown: figures added, changed (old → new,
 * with sources) and removed per place, targets, statuses that change as a result, pages affected.
 * The same diff engine as the public changelog (src/lib/model/changes/diff.ts).
 *
 * Exit code 0 with a report; 1 when the working tree's data has errors (run `npm run validate`)
 * or the ref is unknown; 2 on a bug.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadDataset, readWorkbook } from '../src/lib/data/load-dataset.ts';
import type { Model } from '../src/lib/data/model.ts';
import { summary } from '../src/lib/data/report.ts';
import { commitExists, locateData, readBlobs, treeAt } from '../src/lib/data/git-history.ts';
import { FIGURE_FOLDERS, SnapshotReader } from '../src/lib/data/snapshot.ts';
import { diffModels } from '../src/lib/model/changes/diff.ts';
import { diffMarkdown } from '../src/lib/outputs/changes/markdown.ts';

/** Why there is no diff to show, in Vietnamese then English. */
export class DiffUnavailable extends Error {}

/** The Markdown report of the working tree's model against the data folder at `ref`. */
export function diffWorkingTree(model: Model, dataDir: string, ref: string): string {
  const located = locateData(dataDir);
  if (!located) throw new DiffUnavailable(`Thư mục ${dataDir} không nằm trong một kho git.\n${dataDir} is not inside a git repository.`);
  if (!commitExists(located.repoRoot, ref)) {
    throw new DiffUnavailable(
      `Không tìm thấy "${ref}" trong kho git. Kiểm tra tên nhánh hoặc commit; trong một bản sao nông (shallow clone) hãy chạy "git fetch origin ${ref}" trước.\n` +
        `"${ref}" is not a commit of this repository. Check the branch or commit name; in a shallow clone run "git fetch origin ${ref}" first.`,
    );
  }
  const tree = treeAt(located.repoRoot, located.dataPath, ref, FIGURE_FOLDERS);
  const blobs = readBlobs(located.repoRoot, tree.values());
  const display = (path: string) => (located.dataPath ? `${located.dataPath}/${path}` : path);
  const reader = new SnapshotReader(model, display, (id) => blobs.get(id), readWorkbook);
  reader.learn(tree);
  const before = reader.snapshot(tree);
  const sha = execFileSync('git', ['rev-parse', '--short=10', `${ref}^{commit}`], { cwd: located.repoRoot, encoding: 'utf8' }).trim();
  return diffMarkdown(model, diffModels(before.model, model), { ref, sha, left: before.left });
}

if (import.meta.main) {
  const ref = process.argv[2] ?? 'HEAD';
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  try {
    const { model, problems, files } = loadDataset(dataDir);
    if (!model) {
      console.error(
        `Dữ liệu trong thư mục làm việc có lỗi nên chưa so sánh được. Chạy "npm run validate" để xem và sửa.\n` +
          `The data in the working tree has errors, so it cannot be compared yet. Run "npm run validate" to see and fix them.\n${summary(problems, files)}`,
      );
      process.exitCode = 1;
    } else process.stdout.write(diffWorkingTree(model, dataDir, ref) + '\n');
  } catch (e) {
    if (e instanceof DiffUnavailable) {
      console.error(e.message);
      process.exitCode = 1;
    } else {
      console.error('Lỗi của chương trình (không phải lỗi dữ liệu) — xin báo cho nhóm phát triển.\nProgram bug (not a data mistake) — please report it.');
      console.error(e);
      process.exitCode = 2;
    }
  }
}
