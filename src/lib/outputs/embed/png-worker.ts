/** A PNG worker thread (png-thread.ts): draws one card at a time, at low priority. */
import { parentPort } from 'node:worker_threads';
import { renderPng } from './png.ts';
import { lowerThreadPriority } from './priority.ts';

export interface PngRequest {
  svg: string;
  width: number;
}
/** `ms`: time spent drawing and encoding, for the build's report. */
export type PngReply = { ok: true; bytes: Uint8Array; ms: number } | { ok: false; error: string };

lowerThreadPriority();
parentPort!.on('message', ({ svg, width }: PngRequest) => {
  try {
    const started = performance.now();
    const { bytes } = renderPng(svg, width);
    parentPort!.postMessage({ ok: true, bytes, ms: performance.now() - started } satisfies PngReply);
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies PngReply);
  }
});
