/**
 * One PNG worker thread (png-worker.ts): generate.ts runs two. resvg's synchronous renderer and
 * Skia in our own low-priority threads, rather than in Node's shared thread pool: the pool also
 * serves Astro's file writes, and its threads cannot be given a lower priority.
 *
 * Requests are answered in order, and more than one may wait: with one at a time, the thread sat
 * idle while each PNG travelled back and the next card came in (generate.ts gives each thread two
 * lanes, so the next card is always queued).
 */
import { Worker } from 'node:worker_threads';
import type { PngReply, PngRequest } from './png-worker.ts';

export class PngThread {
  private worker = new Worker(new URL('./png-worker.ts', import.meta.url));
  /** Callers waiting for their reply, oldest first (the worker replies in order). */
  private pending: ((r: PngReply) => void)[] = [];
  /** Why the worker stopped, if it did: later requests fail at once instead of waiting forever. */
  private dead: string | undefined;
  constructor() {
    this.worker.on('message', (r: PngReply) => this.pending.shift()?.(r));
    this.worker.on('error', (e) => this.stop(e.stack ?? String(e)));
    this.worker.on('exit', (code) => this.stop(`PNG worker exited with code ${code}`));
  }
  private stop(reason: string): void {
    this.dead ??= reason;
    for (const done of this.pending.splice(0)) done({ ok: false, error: reason });
  }
  draw(request: PngRequest): Promise<{ bytes: Uint8Array; ms: number }> {
    if (this.dead) return Promise.reject(new Error(`PNG: ${this.dead}`));
    return new Promise((resolve, reject) => {
      this.pending.push((r) => (r.ok ? resolve(r) : reject(new Error(`PNG: ${r.error}`))));
      this.worker.postMessage(request);
    });
  }
  close(): Promise<number> {
    this.dead ??= 'closed';
    return this.worker.terminate();
  }
}
