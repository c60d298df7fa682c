/**
 * Builds the Pagefind index of a built site through Pagefind's Node API (the integration runs it
 * after `astro build`; `npm run bench:search` runs it again to time it). Any Pagefind error stops
 * the build: a site whose search silently finds nothing is worse than no new site.
 *
 * Pages are handed to Pagefind one by one (`addHTMLFile`) as their search record only — the
 * hidden block SearchRecord.astro writes — instead of letting `addDirectory` parse every page
 * whole: a commune page is ~50 KB of charts and tables around a ~1 KB record, and parsing 175 MB
 * of HTML took 12 s on a busy 2-core machine against 2.5 s this way, for the same index.
 * Pages with another kind of `data-pagefind-body` (the MDX prose pages) are passed whole;
 * pages with none (lists, embeds, the search page itself) are not indexed, as Pagefind would do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { setChildEnv } from '../../site/env.ts';

export interface IndexResult {
  pageCount: number;
  /** Wall time of reading, indexing and writing, in milliseconds. */
  ms: number;
  outputPath: string;
}

/**
 * Size of Pagefind's word-index chunks (its unit: word positions), default 20,000. A query
 * downloads one chunk per word, so with the default a four-word query ("tan phu dong nai")
 * fetched ~60 KB of chunks and the first query went over its 150 KB budget; smaller chunks
 * cost a few more files and requests in total. Names indexed also as one word ("sapa",
 * spelling.ts) made the index half as large again, hence chunks smaller than before. Pagefind reads it from the environment of its
 * service process and calls it unstable: `npm run bench:search` reports the first-query weight,
 * so a Pagefind upgrade that drops it shows there.
 */
export const INDEX_CHUNK_SIZE = 3500;

/** How SearchRecord.astro starts; its record holds no nested <div>. */
const RECORD_START = '<div hidden data-pagefind-body';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new SearchIndexError(
      `Pagefind báo lỗi khi ${step}:\n  ${response.errors.join('\n  ')}\n` +
        `Pagefind reported errors while ${step}. Fix: read the messages above; they usually name the HTML file.`,
    );
  }
  return response;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      // nhung/: 8,000 embed pages with nothing to index (no search record), ~100 MB to read.
      if (entry.name !== 'pagefind' && entry.name !== '_astro' && entry.name !== 'nhung') htmlFiles(full, out);
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** What Pagefind gets for one page: its record alone, the whole page, or nothing. */
export function indexableContent(html: string): string | undefined {
  const start = html.indexOf(RECORD_START);
  if (start >= 0) {
    const end = html.indexOf('</div>', start);
    if (end < 0) return html;
    return `<!doctype html><html lang="vi"><body>${html.slice(start, end + '</div>'.length)}</body></html>`;
  }
  return html.includes('data-pagefind-body') ? html : undefined;
}

/**
 * @param siteDir the built site (dist/)
 * @param outputPath where the bundle goes; the site loads it from `<base>pagefind/`
 */
export async function buildSearchIndex(siteDir: string, outputPath: string): Promise<IndexResult> {
  const started = performance.now();
  setChildEnv('PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', String(INDEX_CHUNK_SIZE));
  try {
    const { index } = check('khởi động / starting', await pagefind.createIndex({ forceLanguage: 'vi' }));
    if (!index) throw new SearchIndexError('Pagefind không tạo được chỉ mục / Pagefind returned no index.');
    const added: Promise<pagefind.NewFileResponse>[] = [];
    let records = 0;
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(file, 'utf8');
      const content = indexableContent(html);
      if (content === undefined) continue;
      if (content !== html) records++;
      added.push(index.addHTMLFile({ sourcePath: relative(siteDir, file).split(sep).join('/'), content }));
    }
    for (const response of await Promise.all(added)) check('đọc trang / reading pages', response);
    if (records === 0) {
      throw new SearchIndexError(
        `Không trang nào trong ${siteDir} có bản ghi tìm kiếm (SearchRecord.astro, data-pagefind-body).\n` +
          `No page in ${siteDir} has a search record. Fix: place, indicator and source pages render src/components/search/SearchRecord.astro; check that the build wrote HTML there.`,
      );
    }
    check('ghi chỉ mục / writing the index', await index.writeFiles({ outputPath }));
    return { pageCount: added.length, ms: performance.now() - started, outputPath };
  } catch (e) {
    if (e instanceof SearchIndexError) throw e;
    throw new SearchIndexError('Không chạy được Pagefind / Pagefind failed to run.', { cause: e });
  } finally {
    await pagefind.close();
  }
}
