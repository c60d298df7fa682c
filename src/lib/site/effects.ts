/**
 * The build's side effects on the world, through one object: logs and file operations. The build
 * script runs with the real ones (nodeEffects); a test runs the same steps with its own object and
 * reads what was logged and moved, as Observable Framework's BuildEffects allows.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BuildEffects {
  /** A line for the person running the build (stderr: stdout stays free for data). */
  log(line: string): void;
  exists(path: string): boolean;
  /** Moves a file or folder (same file system: instant). */
  rename(from: string, to: string): void;
  /** Deletes a file or folder and everything in it; nothing when it does not exist. */
  remove(path: string): void;
}

export const nodeEffects: BuildEffects = {
  log: (line) => void process.stderr.write(`${line}\n`),
  exists: (path) => existsSync(path),
  rename: (from, to) => {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  },
  remove: (path) => rmSync(path, { recursive: true, force: true }),
};
