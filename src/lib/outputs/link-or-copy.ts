import { copyFileSync, linkSync } from 'node:fs';

/**
 * `to` as a hard link to `from` (a link writes no data), a copy where the file system has no hard
 * links or `from` is on another one. Files shared so are never modified in place.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV'].includes(code ?? '')) throw e;
    copyFileSync(from, to);
  }
}
