/**
 * News posts: one MDX file each in tin-tuc/, committed by the association like the data. Their
 * front matter is checked by a schema, with messages like the data's (file, line, the value
 * found, what was expected, how to fix it, Vietnamese then English); the body is rendered by
 * Astro's MDX (src/content.config.ts).
 *
 *   ---
 *   title: Báo cáo năm 2026            required
 *   date: 2026-12-01                   required, YYYY-MM-DD
 *   summary: Một hai câu tóm tắt.      required
 *   places: [86, "00004"]              optional: codes of current units (VN, 2-digit provinces,
 *                                      5-digit communes, cluster codes) or level:code for former units
 *   indicators: [learning_families_pct] optional
 *   ---
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILSAFE_SCHEMA, YAMLException, load } from 'js-yaml';
import { z } from 'zod';
import type { Indicator, NewsPost, Place } from './model.ts';
import type { Problem } from './problems.ts';
import { closest } from './read-table.ts';
import { newsMsg } from './news-messages.ts';


export const NEWS_FOLDER = 'tin-tuc';
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = ['title', 'date', 'summary', 'places', 'indicators'] as const;

const list = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));
export const NEWS_SCHEMA = z
  .object({
    title: z.string().trim().min(1).max(200),
    date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/),
    summary: z.string().trim().min(1).max(500),
    places: list.optional(),
    indicators: list.optional(),
  })
  .strict();

export interface NewsRefs {
  places: Map<string, Place>;
  indicatorById: Map<string, Indicator>;
}

/** The line of `key:` in the front matter (1-based in the file), or of its item `value`. */
function lineOf(lines: string[], key: string, value?: string): number {
  const at = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  if (at < 0) return 1;
  if (value !== undefined) {
    for (let i = at; i < lines.length && (i === at || !/^\S/.test(lines[i]!)); i++) if (lines[i]!.includes(value)) return i + 2;
  }
  return at + 2;
}

/** A place as written in a post: "86", "00004", "VN", a cluster code, or "former_province:28". */
function resolvePlace(code: string, places: Map<string, Place>): Place | undefined {
  if (code.includes(':')) return places.get(code);
  if (code.toUpperCase() === 'VN') return places.get('national:VN');
  if (/^\d+$/.test(code)) return code.length <= 2 ? places.get(`province:${code.padStart(2, '0')}`) : places.get(`commune:${code.padStart(5, '0')}`);
  return places.get(`region:${code}`);
}

/** Characters MDX reads as code: `{`, `}` and `<` not starting a tag, outside code. */
function bodyProblems(file: string, body: string, firstLine: number): Problem[] {
  const out: Problem[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const m = /(?<!\\)[{}]|<(?![A-Za-z/!])/.exec(text);
    if (m) out.push(newsMsg.bodyCharacter(file, firstLine + i, m[0]));
  });
  return out;
}

function readPost(file: string, text: string, name: string, refs: NewsRefs, sink: Problem[]): NewsPost | undefined {
  const slug = name.replace(/\.mdx$/i, '');
  if (!SLUG.test(slug) || !name.endsWith('.mdx')) sink.push(newsMsg.fileName(file, name));
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) {
    sink.push(newsMsg.noFrontMatter(file));
    return undefined;
  }
  const lines = m[1]!.split(/\r?\n/);
  let raw: unknown;
  try {
    raw = load(m[1]!, { schema: FAILSAFE_SCHEMA });
  } catch (e) {
    const line = e instanceof YAMLException ? Math.min(e.mark.line + 2, lines.length + 1) : 1;
    sink.push(newsMsg.yaml(file, line, e instanceof YAMLException ? e.reason : String(e)));
    return undefined;
  }
  const parsed = NEWS_SCHEMA.safeParse(raw ?? {});
  const before = sink.length;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) sink.push(newsMsg.unknownKey(file, lineOf(lines, key), key, closest(key, KEYS)));
        continue;
      }
      const key = String(issue.path[0] ?? '');
      const value = (raw as Record<string, unknown> | null)?.[key];
      sink.push(newsMsg.field(file, lineOf(lines, key), key, value === undefined ? undefined : String(value), issue.code === 'too_big'));
    }
    return undefined;
  }
  const post = parsed.data;
  if (Number.isNaN(Date.parse(`${post.date}T00:00:00Z`)) || new Date(`${post.date}T00:00:00Z`).toISOString().slice(0, 10) !== post.date) {
    sink.push(newsMsg.field(file, lineOf(lines, 'date'), 'date', post.date, false));
  }
  const placeKeys: string[] = [];
  for (const code of post.places ?? []) {
    const place = resolvePlace(code.trim(), refs.places);
    if (place) placeKeys.push(place.key);
    else sink.push(newsMsg.unknownPlace(file, lineOf(lines, 'places', code), code));
  }
  for (const id of post.indicators ?? []) {
    if (!refs.indicatorById.has(id)) sink.push(newsMsg.unknownIndicator(file, lineOf(lines, 'indicators', id), id, closest(id, refs.indicatorById.keys())));
  }
  sink.push(...bodyProblems(file, text.slice(m[0].length), m[0].split('\n').length));
  if (sink.length > before) return undefined;
  return { slug, title: post.title, date: post.date, summary: post.summary, placeKeys, indicatorIds: post.indicators ?? [], file };
}

/** Every post in `<dataDir>/tin-tuc/`, newest first; none when the folder does not exist. */
export function loadNews(dataDir: string, display: (full: string) => string, refs: NewsRefs, sink: Problem[]): NewsPost[] {
  const dir = join(dataDir, NEWS_FOLDER);
  if (!existsSync(dir)) return [];
  const posts: NewsPost[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const full = join(dir, name);
    if (!entry.isFile()) {
      sink.push(newsMsg.notAFile(display(full)));
      continue;
    }
    const post = readPost(display(full), readFileSync(full, 'utf8').normalize('NFC'), name, refs, sink);
    if (post) posts.push(post);
  }
  return posts.sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1));
}
