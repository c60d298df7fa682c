/**
 * One search as the site runs it: Pagefind, then the re-ranker over its first results.
 * Used by the search page in the browser and by the bench and tests in Node, with the same
 * Pagefind bundle (dist/pagefind/pagefind.js), so all three measure the same thing.
 */
import { RERANK_DEPTH, type SearchFilters } from './options.ts';
import { pagefindQuery, withoutTypeWords } from './query.ts';
import { decodeResultData, type ResultData } from './result-data.ts';
import { rerank, NO_MATCH, type Match } from './rerank.ts';

/** The part of Pagefind's JS API used here. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface Hit {
  url: string;
  title: string;
  kind?: string;
  province?: string;
  data?: ResultData;
  excerpt: string;
  match: Match;
}

export interface SearchOutcome {
  /** Number of pages Pagefind found. */
  total: number;
  /** The re-ranked first results, loaded. */
  hits: Hit[];
  /** The remaining results in Pagefind's order, not loaded yet (see {@link loadHits}). */
  rest: PagefindResult[];
}

function toHit(f: PagefindFragment, match: Match): Hit {
  const hit: Hit = { url: f.url, title: f.meta.title ?? f.url, excerpt: f.excerpt, match };
  const kind = f.filters.loai?.[0];
  const province = f.filters.tinh?.[0];
  const data = decodeResultData(f.filters);
  if (kind) hit.kind = kind;
  if (province) hit.province = province;
  if (data) hit.data = data;
  return hit;
}

/** Loads results that were not re-ranked (the "show more" pages beyond the first ones). */
export async function loadHits(results: PagefindResult[]): Promise<Hit[]> {
  const fragments = await Promise.all(results.map((r) => r.data()));
  return fragments.map((f) => toHit(f, NO_MATCH));
}

export async function runSearch(pagefind: PagefindApi, query: string, filters: SearchFilters = {}, depth = RERANK_DEPTH): Promise<SearchOutcome> {
  const term = pagefindQuery(query);
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  if (!term) return { total: 0, hits: [], rest: [] };
  let results = (await pagefind.search(term, { filters: active }))?.results ?? [];
  const shorter = results.length ? undefined : withoutTypeWords(term);
  if (shorter) results = (await pagefind.search(shorter, { filters: active }))?.results ?? [];
  const head = results.slice(0, depth);
  const fragments = await Promise.all(head.map((r) => r.data()));
  const ranked = rerank(term, fragments, (f) => decodeResultData(f.filters));
  return { total: results.length, hits: ranked.map(({ item, match }) => toHit(item, match)), rest: results.slice(depth) };
}
