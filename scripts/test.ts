/**
 * `npm test`: every test, in the order a failure is cheapest to find.
 * 1. unit tests (pure modules, validator fixtures, chart snapshots);
 * 2. build the site on the default data (validation included), as a user would, and a small
 *    illustrative build from a git repository with a few data commits (changelog, feeds, news);
 * 3. tests of the built sites: file checks and real Chromium.
 * Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { spawnSync } from 'node:child_process';

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.error(`\n=== ${label} ===`);
  const res = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (res.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(res.status ?? 1);
  }
}

const vitest = 'node_modules/vitest/vitest.mjs';
// Real Chromium from Debian's packages; installed here when missing so a fresh machine works.
const browser = spawnSync('bash', ['scripts/ensure-browser.sh'], { stdio: 'inherit' });
if (browser.status !== 0) {
  console.error('Không cài được Chromium / could not install Chromium: sudo apt-get install -y chromium fonts-noto-core');
  process.exit(1);
}
run('unit tests', [vitest, 'run', '--config', 'vitest.config.ts']);
if (process.env.SKIP_BUILD !== '1') {
  run('build (real data)', ['scripts/build.ts']);
  // A small illustrative build: every page of it must say "dữ liệu minh họa" (tests/built/illustrative).
  run('generate illustrative data (small)', ['scripts/generate-stress.ts', '--data', 'tests/fixtures/datasets/small', '--out', 'tmp/test-demo-data']);
  // Its own git repository with a few data commits, for the changelog, feeds and news (tests/built/changes).
  run('git history of the illustrative data', ['scripts/lib/demo-history.ts', 'tmp/test-demo-data', 'tmp/test-demo-repo']);
  run('build (illustrative data)', ['scripts/build.ts', '--data', 'tmp/test-demo-repo/data', '--out', 'tmp/test-demo-dist']);
}
run('browser tests (Chromium)', [vitest, 'run', '--config', 'vitest.browser.config.ts']);
console.error('\n✔ all tests passed');
