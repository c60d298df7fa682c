/**
 * Search settings shared by the search page, the tests and `npm run bench:search`, so the bench
 * measures exactly what people get. Values chosen with the bench (see its report).
 */

/** Pagefind ranking (https://pagefind.app/docs/ranking/). */
export const RANKING = {
  /**
   * Coverage boost per meta field (record.ts): `k` the unit's own names, `p` its province,
   * `c` its former units' names, `x` their districts, `o` their provinces. The title is display
   * only: its type word ("Phường") would make "phu" a title match.
   */
  metaWeights: { title: 0, k: 10, p: 5, c: 6, x: 5, o: 2, y: 0 },
  /** Strongly prefer whole words: "phu" should find "Phú" well before "Phước". */
  termSimilarity: 8,
  /** A commune formed from 14 former communes is not a worse answer than one formed from 2. */
  pageLength: 0,
  termSaturation: 1.2,
  diacriticSimilarity: 0.8,
};

/** How many of Pagefind's first results are loaded and re-ranked (rerank.ts). */
export const RERANK_DEPTH = 30;

/**
 * The same for the header box's suggestions, searched at nearly every keystroke: each result
 * re-ranked is one fragment downloaded. At 12 the bench's forms kept hit@3 ≥ 99 % (bare former
 * names fell from 94 % to 88 %, which the search page's 30 keeps).
 */
export const SUGGEST_DEPTH = 15;

/**
 * When a query is also searched without its type words (engine.ts), how many results of the
 * query as typed join the re-ranked ones: pages that hold the type words themselves.
 */
export const TYPED_DEPTH = 10;

/** How many provinces found by the search among provinces alone join the re-ranked results. */
export const PROVINCE_DEPTH = 5;

/** Results shown at once; "Xem thêm" shows the next ones. */
export const PAGE_SIZE = 10;

export type SearchFilters = Partial<Record<'loai' | 'tinh', string>>;
