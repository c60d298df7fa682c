/**
 * A data folder on disk, read for checkDataset (check-dataset.ts): the one place of the data layer
 * that touches the file system. Whatever sits where a file should be (a folder, a broken link, a
 * FIFO, a file of another type) gets a clear message; nothing but a regular file is ever opened,
 * so nothing can hang.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkDataset, type DatasetInput, type LoadResult } from './check-dataset.ts';
import { FOLDER_TABLES, isDataFile, parseDataFile, type DataFile } from './data-files.ts';
import { checkGeo, type GeoFiles } from './check-geo.ts';
import { ADMIN_TABLES, OPTIONAL_ADMIN_TABLES } from './load-admin.ts';
import { loadNews } from './load-news.ts';
import { msg } from './messages.ts';
import type { Problem } from './problems.ts';
import { createRequire } from 'node:module';
import { workbookReader } from './read-xlsx.ts';
import type { WorkbookReader } from './data-files.ts';

export type { LoadResult } from './check-dataset.ts';

let reader: WorkbookReader | undefined;
/** Workbooks read with SheetJS, loaded the first time one is met (a tenth of a second saved on every CSV-only run). */
export const readWorkbook: WorkbookReader = (file, bytes) => {
  reader ??= workbookReader(createRequire(import.meta.url)('@e965/xlsx') as Parameters<typeof workbookReader>[0]);
  return reader(file, bytes);
};

type Entry = { kind: 'file'; stats: Stats } | { kind: 'dir' } | { kind: 'missing' } | { kind: 'problem'; problem: Problem };

/** What is at a path, without opening it. */
function entry(full: string, shown: string): Entry {
  let l: Stats;
  try {
    l = lstatSync(full);
  } catch {
    return { kind: 'missing' };
  }
  let s = l;
  if (l.isSymbolicLink()) {
    try {
      s = statSync(full);
    } catch {
      return { kind: 'problem', problem: msg.brokenLink(shown) };
    }
  }
  if (s.isDirectory()) return { kind: 'dir' };
  if (s.isFile()) return { kind: 'file', stats: s };
  const what = s.isFIFO()
    ? { vi: 'một ống dẫn (FIFO)', en: 'a FIFO (named pipe)' }
    : s.isSocket()
      ? { vi: 'một socket', en: 'a socket' }
      : { vi: 'một thiết bị', en: 'a device' };
  return { kind: 'problem', problem: msg.notAFile(shown, what) };
}

function readBytes(full: string, shown: string, problems: Problem[]): Uint8Array | undefined {
  try {
    return readFileSync(full);
  } catch (e) {
    problems.push(msg.unreadableFile(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
    return undefined;
  }
}

/** Files people never meant as data: hidden files, Excel's lock files ("~$tinh-86.xlsx"), notes. */
const ignored = (name: string) => name.startsWith('.') || name.startsWith('~$') || /^readme(\.md|\.txt)?$/i.test(name);

/**
 * @param dataDir folder with dataset.json, admin/, indicators/, sources/, observations/
 * @param rootDir paths in messages are shown relative to this folder (the project root)
 * @param geoDir the boundaries checked against the admin lists (the site's, data/geo by default)
 */
export function loadDataset(dataDir: string, rootDir: string = process.cwd(), geoDir?: string): LoadResult {
  const problems: Problem[] = [];
  const show = (full: string) => relative(rootDir, full).split(sep).join('/');
  const files: DataFile[] = [];
  const readFile = (full: string, rel: string) => {
    const bytes = readBytes(full, show(full), problems);
    if (bytes) files.push(parseDataFile(rel, show(full), bytes, readWorkbook));
  };

  // dataset.json
  const datasetFile = join(dataDir, 'dataset.json');
  let dataset: DatasetInput['dataset'] = { name: '', illustrative: false };
  const d = entry(datasetFile, show(datasetFile));
  if (d.kind === 'missing') problems.push(msg.missingFolder(show(datasetFile)));
  else if (d.kind === 'problem') problems.push(d.problem);
  else if (d.kind === 'dir') problems.push(msg.notAFile(show(datasetFile), { vi: 'một thư mục', en: 'a folder' }));
  else {
    try {
      const raw = JSON.parse(readFileSync(datasetFile, 'utf8')) as Partial<DatasetInput['dataset']>;
      if (typeof raw.name !== 'string' || typeof raw.illustrative !== 'boolean' || (raw.adminExtract !== undefined && typeof raw.adminExtract !== 'boolean')) {
        problems.push(msg.datasetInvalid(show(datasetFile), '"name" hoặc "illustrative" thiếu hay sai kiểu'));
      } else dataset = { name: raw.name.normalize('NFC'), illustrative: raw.illustrative, adminExtract: raw.adminExtract === true };
    } catch (e) {
      problems.push(msg.datasetInvalid(show(datasetFile), (e as Error).message));
    }
  }

  // admin/: one file per table, by name.
  for (const t of ADMIN_TABLES) {
    const full = join(dataDir, t.name);
    const e = entry(full, show(full));
    if (e.kind === 'file') readFile(full, t.name);
    else if (e.kind === 'problem') problems.push(e.problem);
    else if (e.kind === 'dir') problems.push(msg.notAFile(show(full), { vi: 'một thư mục', en: 'a folder' }));
    else if (!OPTIONAL_ADMIN_TABLES.includes(t)) problems.push(msg.missingFolder(show(full)));
  }

  // indicators/, sources/, observations/: every CSV and workbook, in sub-folders too.
  const walk = (dir: string, rel: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      if (ignored(name)) continue;
      const full = join(dir, name);
      const e = entry(full, show(full));
      if (e.kind === 'problem') problems.push(e.problem);
      else if (e.kind === 'dir') {
        if (isDataFile(name)) problems.push(msg.notAFile(show(full), { vi: 'một thư mục', en: 'a folder' }));
        else if (depth < 8) walk(full, rel, depth + 1);
      } else if (e.kind === 'file') {
        if (isDataFile(name)) readFile(full, `${rel}/${name}`);
        else problems.push(msg.notAFile(show(full), { vi: 'một tệp không phải .csv hay .xlsx (chương trình không đọc)', en: 'a file that is neither .csv nor .xlsx (it would not be read)' }));
      }
    }
  };
  for (const folder of Object.keys(FOLDER_TABLES)) {
    const dir = join(dataDir, folder);
    const e = entry(dir, show(dir));
    if (e.kind === 'dir') walk(dir, folder, 0);
    else if (e.kind === 'problem') problems.push(e.problem);
    else problems.push(msg.missingFolder(show(dir)));
  }

  // News posts (tin-tuc/*.mdx) name places and indicators: read here, checked once those are known.
  const input: DatasetInput = { dataset, files, problems, news: (refs, sink) => loadNews(dataDir, show, refs, sink) };
  if (geoDir && !dataset.adminExtract) input.extraChecks = (admin) => checkGeo(readGeo(geoDir, show), admin);
  return checkDataset(input);
}

/** The boundary files, read and parsed; a file that cannot be is a problem, not a crash. */
function readGeo(geoDir: string, show: (full: string) => string): GeoFiles {
  const problems: Problem[] = [];
  const json = (rel: string): unknown => {
    const full = join(geoDir, rel);
    const e = entry(full, show(full));
    if (e.kind !== 'file') {
      problems.push(e.kind === 'problem' ? e.problem : e.kind === 'dir' ? msg.notAFile(show(full), { vi: 'một thư mục', en: 'a folder' }) : msg.missingFolder(show(full)));
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(full, 'utf8'));
    } catch (err) {
      problems.push(msg.geoInvalid(show(full), (err as Error).message));
      return undefined;
    }
  };
  const csv = (rel: string): DataFile | undefined => {
    const full = join(geoDir, rel);
    const e = entry(full, show(full));
    if (e.kind !== 'file') {
      problems.push(e.kind === 'problem' ? e.problem : msg.missingFolder(show(full)));
      return undefined;
    }
    const bytes = readBytes(full, show(full), problems);
    return bytes ? parseDataFile(rel, show(full), bytes) : undefined;
  };
  return { json, csv, show: (rel) => show(join(geoDir, rel)), problems };
}
