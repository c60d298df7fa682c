/**
 * `node scripts/bench-history.ts [--commits 500]`: how long the changelog takes on a long history.
 * Generates a repository with that many data commits (scripts/lib/generate-history.ts), then
 * times what a build does with it: read the history from git, read each file version, compare
 * each commit with the one before and recompute the statuses that can move. Prints one JSON line
 * on stdout for `npm run bench`.
 */
import { join, resolve } from 'node:path';
import { loadDataset } from '../src/lib/data/load-dataset.ts';
import { buildHistory } from '../src/lib/model/changes/history.ts';
import { generateHistory } from './lib/generate-history.ts';

const i = process.argv.indexOf('--commits');
const commits = i >= 0 ? Number(process.argv[i + 1]) : 500;
const repo = resolve('tmp/bench-history');
let t = performance.now();
const { rows, files } = generateHistory(resolve('data'), repo, commits);
console.error(`Lịch sử minh họa / generated history: ${commits} commit, ${rows} dòng số liệu sinh thêm trong ${files} tệp (${((performance.now() - t) / 1000).toFixed(1)} s)`);
const { model } = loadDataset(join(repo, 'data'));
if (!model) throw new Error('the generated data is not valid');
t = performance.now();
const cpu = process.cpuUsage();
const h = buildHistory(model, join(repo, 'data'));
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const changes = h.releases.reduce((n, r) => n + r.diff.results.length + r.diff.targets.length, 0);
const statuses = h.releases.reduce((n, r) => n + r.diff.statuses.length, 0);
console.error(`Nhật ký / changelog: ${h.commitsRead} commit đọc, ${h.releases.length} lần cập nhật, ${changes} số liệu thay đổi, ${statuses} trạng thái thay đổi — ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`);
console.log(JSON.stringify({ commits: h.commitsRead, releases: h.releases.length, figureChanges: changes, statusChanges: statuses, figures: model.observations.length, seconds, cpuSeconds }));
