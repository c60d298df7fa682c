/** The data version a page was built from: the git commit, so embeds and citations can pin it. */
import { execFileSync } from 'node:child_process';

function gitCommit(): string {
  if (process.env.DATA_VERSION) return process.env.DATA_VERSION;
  try {
    return execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'chua-commit';
  }
}

export const buildInfo = {
  version: gitCommit(),
  /** ISO date of the build (UTC). */
  date: new Date().toISOString().slice(0, 10),
};
