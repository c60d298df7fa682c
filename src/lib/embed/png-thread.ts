/**
 * One PNG worker thread (png-worker.ts), one request at a time: generate.ts runs two. resvg's synchronous
 * renderer in our own low-priority threads, rather than its `renderAsync` in Node's shared thread
 * pool: the pool also serves Astro's file writes, and its threads cannot be given a lower priority.
 */
import { Worker } from 'node:worker_threads';
import type { PngReply, PngRequest } from './png-worker.ts';

export class PngThread {
  private worker = new Worker(new URL('./png-worker.ts', import.meta.url));
  private pending: ((r: PngReply) => void) | undefined;
  /** Why the worker stopped, if it did: later requests fail at once instead of waiting forever. */
  private dead: string | undefined;
  constructor() {
    this.worker.on('message', (r: PngReply) => this.settle(r));
    this.worker.on('error', (e) => this.stop(e.stack ?? String(e)));
    this.worker.on('exit', (code) => this.stop(`PNG worker exited with code ${code}`));
  }
  private settle(r: PngReply): void {
    const done = this.pending;
    this.pending = undefined;
    done?.(r);
  }
  private stop(reason: string): void {
    this.dead ??= reason;
    this.settle({ ok: false, error: reason });
  }
  draw(request: PngRequest): Promise<{ bytes: Uint8Array; ms: number }> {
    if (this.pending) throw new Error('PNG worker: one request at a time');
    if (this.dead) return Promise.reject(new Error(`PNG: ${this.dead}`));
    return new Promise((resolve, reject) => {
      this.pending = (r) => (r.ok ? resolve(r) : reject(new Error(`PNG: ${r.error}`)));
      this.worker.postMessage(request);
    });
  }
  close(): Promise<number> {
    this.dead ??= 'closed';
    return this.worker.terminate();
  }
}
