/** Pagefind failures stop the build with a message for the person who must act. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexableContent, SearchIndexError } from '../../../src/lib/outputs/search/build-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexableContent', () => {
  it('keeps only the search record of a page that has one', () => {
    const page = '<html><body><nav>Menu</nav><div hidden data-pagefind-body data-pagefind-meta="title:X"><p>Đan Điền</p></div><table><tr><td>9</td></tr></table></body></html>';
    expect(indexableContent(page)).toBe('<!doctype html><html lang="vi"><body><div hidden data-pagefind-body data-pagefind-meta="title:X"><p>Đan Điền</p></div></body></html>');
  });

  it('passes other marked pages whole and skips unmarked ones', () => {
    const prose = '<html><body><article data-pagefind-body><h1>Về dữ liệu</h1></article></body></html>';
    expect(indexableContent(prose)).toBe(prose);
    expect(indexableContent('<html><body><ul><li>Danh sách</li></ul></body></html>')).toBeUndefined();
  });
});

describe('buildSearchIndex', () => {
  it('fails when pages carry no search record, instead of indexing whole pages', async () => {
    const site = join(dir, 'empty');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html lang="vi"><body><p>Không có gì để tìm</p></body></html>');
    const err = await buildSearchIndex(site, join(site, 'pagefind')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SearchIndexError);
    expect((err as Error).message).toContain('data-pagefind-body');
  });

  it('fails when no page at all can be indexed', async () => {
    const site = join(dir, 'none');
    mkdirSync(site);
    const err = await buildSearchIndex(site, join(site, 'pagefind')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SearchIndexError);
    expect((err as Error).message).toMatch(/has a search record/);
  });

  it('indexes a page with a search record', async () => {
    const site = join(dir, 'one');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html lang="vi"><body><div hidden data-pagefind-body><p>Đan Điền Dan</p></div></body></html>');
    const r = await buildSearchIndex(site, join(site, 'pagefind'));
    expect(r.pageCount).toBe(1);
  });
});
