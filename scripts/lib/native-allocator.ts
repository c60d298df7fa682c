/**
 * Imported first by build.ts, before anything loads @napi-rs/canvas (PNG cards).
 *
 * The canvas library allocates with its own mimalloc, which by default hands freed memory back to
 * the kernel after 10 ms. Each card's pixel read-back (~600 KB) then faults fresh pages in again:
 * on this 2-core VM that was ~1 ms of system time per card, more than the drawing, for 31,000
 * cards on the stress data. Keeping freed memory for a second lets the next card reuse it
 * (measured: read-back 0.5 ms instead of 0.5–2.2 ms). mimalloc reads the variable when the
 * library is loaded, so it must be set before that; a value set by the caller wins.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '1000';
