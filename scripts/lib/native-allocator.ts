/**
 * Imported first by build.ts, before anything loads @napi-rs/canvas (PNG cards).
 *
 * The canvas library allocates with its own mimalloc. Each card's pixel read-back (~600 KB) is
 * allocated and freed again, and two of mimalloc's defaults made every read-back fault memory in
 * afresh (measured on this 2-core VM, 31,000 cards on the stress data):
 * - it hands freed memory back to the kernel after 10 ms: keep it for a second instead;
 * - it asks for transparent huge pages for its arenas: the kernel then zeroes a whole 2 MB page
 *   at each fault (perf: 80 % of a read-back loop in clear_page), and this kernel splits and
 *   frees underused huge pages in between. Without them a read-back took 0.18 ms in every run,
 *   against 0.2–1.4 ms (mostly system time) with them.
 * mimalloc reads the variables when the library is loaded, so they must be set before that; a
 * value set by the caller wins.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '1000';
process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '0';
