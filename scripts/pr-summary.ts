/**
 * `node scripts/pr-summary.ts <base ref>`: the pull-request check's job summary, in Markdown on
 * stdout (the workflow appends it to $GITHUB_STEP_SUMMARY): every validation problem, then what
 * the pull request changes in the data (the report of `npm run data:diff`). Always exits 0: the
 * validation step is what fails the check.
 */
import { resolve } from 'node:path';
import { loadDataset } from '../src/lib/data/load-dataset.ts';
import { problemsMarkdown } from '../src/lib/data/report-markdown.ts';
import { DiffUnavailable, diffWorkingTree } from './data-diff.ts';

const ref = process.argv[2] ?? 'origin/main';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const out: string[] = [];
try {
  const { model, problems, files } = loadDataset(dataDir);
  out.push(problemsMarkdown(problems, files));
  if (model) out.push(diffWorkingTree(model, dataDir, ref));
  else out.push('## Thay đổi dữ liệu', '', 'Sửa các lỗi trên để xem pull request này thay đổi những số liệu nào.', '');
} catch (e) {
  out.push('## Thay đổi dữ liệu', '', e instanceof DiffUnavailable ? e.message : `Không lập được bản tóm tắt (lỗi của chương trình): ${(e as Error).message}`, '');
}
process.stdout.write(out.join('\n') + '\n');
