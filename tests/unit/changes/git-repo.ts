/**
 * A temporary git repository holding a copy of the small dataset under data/, for tests of the
 * changelog on a real history: each `commit()` records the working tree with a fixed author and
 * date, as the association's commits would be.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const SMALL = resolve('tests/fixtures/datasets/small');

export class TempRepo {
  readonly root: string;
  readonly data: string;
  private day = 1;

  constructor(prefix = 'xhht-history-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
    this.data = join(this.root, 'data');
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' },
    });
  }

  /** Copies the small dataset into data/. */
  seed(): this {
    cpSync(SMALL, this.data, { recursive: true });
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.data, path), 'utf8');
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.data, path)), { recursive: true });
    writeFileSync(join(this.data, path), text);
    return this;
  }

  /** Commits everything, one day after the previous commit; returns the commit's hash. */
  commit(message: string, author = 'Hội Khuyến học tỉnh'): string {
    const date = `2026-01-${String(this.day++).padStart(2, '0')}T09:00:00+07:00`;
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.root,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: 'hoi@example.org',
        GIT_COMMITTER_NAME: 'Người duyệt',
        GIT_COMMITTER_EMAIL: 'duyet@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }
}
