/**
 * The report survives a pipe, as in CI: a parent that reads slowly still gets every error and the
 * summary (process.exit right after writing once dropped 726 of 824 errors).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'xhht-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(dataDir: string): Promise<{ stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('scripts/validate.ts'), dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: 'true' } });
    const chunks: Buffer[] = [];
    // A slow reader: the pipe fills up and the child's writes have to wait.
    child.stderr.pause();
    setTimeout(() => child.stderr.resume(), 800);
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    child.on('close', (code) => done({ stderr: Buffer.concat(chunks).toString('utf8'), code }));
  });
}

it('keeps every error and the summary when stderr is a slow pipe', async () => {
  const dir = join(work, 'data');
  cpSync(resolve('tests/fixtures/datasets/small'), dir, { recursive: true });
  const file = join(dir, 'observations', 'figures.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  // 3,000 rows, each with an unknown indicator: a report far larger than a pipe's buffer.
  const bad = Array.from({ length: 1000 }, (_, i) => rows.map((r) => r.replace(/,learning_families_pct,/, `,chi_tieu_${i},`))).flat();
  writeFileSync(file, [header, ...bad].join('\n') + '\n');
  const { stderr, code } = await run(dir);
  expect(code).toBe(1);
  const errors = stderr.match(/^LỖI \/ ERROR/gm)?.length ?? 0;
  const summary = /Tìm thấy (\d+) lỗi/.exec(stderr);
  expect(summary, stderr.slice(-500)).not.toBeNull();
  expect(errors).toBe(Number(summary![1]));
  expect(errors).toBeGreaterThan(2000);
}, 60_000);
