/**
 * Lowers the scheduling priority of the calling thread. On Linux the nice value belongs to each
 * thread and setpriority(…, 0, …) changes only the caller's: the embed threads then take the CPU
 * that Astro's page rendering (the build's critical path) leaves idle, instead of slowing it down
 * (measured on 2 cores: the same work took ~10 s more wall time at normal priority).
 * Elsewhere this may lower the whole process, which only makes the build a polite neighbour.
 */
import { setPriority } from 'node:os';

export const EMBED_NICE = 19;

export function lowerThreadPriority(): void {
  try {
    setPriority(0, EMBED_NICE);
  } catch {
    // Not allowed here (some containers): run at normal priority.
  }
}
