/**
 * The figures of the data folder at another commit, as a Model that today's queries (series,
 * targets, the progress assessment) can read, so a change is compared with exactly the rules
 * the site uses. Built for many commits in a row: each file version (git blob) is read once.
 *
 * What is taken from today, and why (data/README.md, "Nhật ký thay đổi"):
 * - the administrative units and crosswalk: the history is of figures, and every page is of
 *   today's units;
 * - the checks: rows are read by today's reader. A row that today's rules reject (or that names
 *   an indicator or source its commit did not declare) is left out and reported as a note,
 *   never a crash: old commits may hold other columns or looser data.
 */
import type { Indicator, Model, Observation, Place, Source } from './model.ts';
import { readIndicators, readSources } from './load-catalogue.ts';
import { readObservations, type ObservationRefs } from './load-observations.ts';
import { indexFigures, updateFigureIndexes } from './figure-index.ts';
import type { Problem } from './problems.ts';
import type { TableRecord } from './read-table.ts';
import { isDataFile, parseDataFile, recordsOf, tablesOf, type WorkbookReader } from './data-files.ts';
import type { Table } from './tables/column.ts';
import { INDICATORS, SOURCES } from './tables/catalogue.ts';
import { OBSERVATIONS } from './tables/observations.ts';
import { looseKey } from '../text/fold.ts';

/** The folders whose files make the figures; admin/ and geo/ are today's (see above). */
export const FIGURE_FOLDERS = ['observations', 'indicators', 'sources'] as const;
type Folder = (typeof FIGURE_FOLDERS)[number];

export interface Snapshot {
  model: Model;
  /** Rows left out (today's checks, undeclared references, a second row with one id), one per row. */
  left: Problem[];
  /** Figures that left and came since the reader's previous snapshot (all of them for the first). */
  removed: Observation[];
  added: Observation[];
}

/** What the reader keeps of each figure file between two snapshots. */
interface FileEntry {
  blob: string;
  accepted: Observation[];
  left: Problem[];
  /** Indicators and sources its rows name: the file is read again when one of them comes or goes. */
  refs: string[];
}

/** path → blob id of every file in the figure folders. */
export type FileState = ReadonlyMap<string, string>;

function folderOf(path: string): Folder | undefined {
  const folder = path.slice(0, path.indexOf('/'));
  return (FIGURE_FOLDERS as readonly string[]).includes(folder) && isDataFile(path) ? (folder as Folder) : undefined;
}

const note = (file: string, line: number, vi: string, en: string): Problem => ({ severity: 'error', code: 'history.left-out', file, line, column: 0, message: { vi, en } });

interface Parsed<T> {
  items: T[];
  problems: Problem[];
}

export class SnapshotReader {
  private readonly base: Model;
  private readonly display: (path: string) => string;
  private readonly read: (blob: string) => Uint8Array | undefined;
  private readonly readWorkbook: WorkbookReader | undefined;
  private readonly catalogues = new Map<string, Parsed<Indicator> | Parsed<Source>>();
  private readonly figures = new Map<string, Parsed<Observation>>();
  private readonly indicators = new Map<string, Indicator>();
  private readonly sources = new Map<string, Source>();
  private readonly placesByLevelName = new Map<string, Place[]>();
  /** The previous snapshot: its files, the figure owning each id, its model and catalogues. */
  private files = new Map<string, FileEntry>();
  private readonly owner = new Map<string, Observation>();
  private last: { model: Model; indicators: Map<string, Indicator>; sources: Map<string, Source> } | undefined;

  /**
   * @param base today's model: its places and crosswalk are used for every commit
   * @param display path relative to the data folder → path shown in notes ("data/observations/x.csv")
   * @param read the bytes of a blob
   * @param readWorkbook reads .xlsx files (load-dataset.ts `readWorkbook`); without it they are left out, with a note
   */
  constructor(base: Model, display: (path: string) => string, read: (blob: string) => Uint8Array | undefined, readWorkbook?: WorkbookReader) {
    this.base = base;
    this.display = display;
    this.read = read;
    this.readWorkbook = readWorkbook;
    for (const i of base.indicators) this.indicators.set(i.id, i);
    for (const s of base.sources) this.sources.set(s.id, s);
    for (const p of base.places.values()) {
      for (const name of [p.fullName, p.name]) {
        const k = `${p.level}:${looseKey(name)}`;
        (this.placesByLevelName.get(k) ?? this.placesByLevelName.set(k, []).get(k)!).push(p);
      }
    }
  }

  private records(path: string, blob: string, table: Table): { records: TableRecord[]; problems: Problem[] } {
    const bytes = this.read(blob);
    const workbook = !/\.csv$/i.test(path);
    if (!bytes || (workbook && !this.readWorkbook)) return { records: [], problems: [note(this.display(path), 0, 'Không đọc được tệp ở commit này.', 'The file could not be read at this commit.')] };
    const file = parseDataFile(path, this.display(path), bytes, this.readWorkbook);
    const problems: Problem[] = [];
    tablesOf(file);
    problems.push(...file.problems);
    return { records: recordsOf([file], table, problems), problems };
  }

  private catalogue(path: string, blob: string, folder: 'indicators' | 'sources'): Parsed<Indicator> | Parsed<Source> {
    let hit = this.catalogues.get(blob + path);
    if (hit) return hit;
    const { records, problems } = this.records(path, blob, folder === 'indicators' ? INDICATORS : SOURCES);
    const items = folder === 'indicators' ? readIndicators(records, new Map(), problems) : readSources(records, new Map(), problems);
    hit = { items, problems } as Parsed<Indicator> | Parsed<Source>;
    this.catalogues.set(blob + path, hit);
    // Figures are read against every indicator and source any commit declared (then kept only
    // where their own commit declares them): one reading per file version, whatever the order.
    let grew = false;
    for (const item of items) {
      const map = (folder === 'indicators' ? this.indicators : this.sources) as Map<string, Indicator | Source>;
      if (!map.has(item.id)) grew = true;
      map.set(item.id, item);
    }
    if (grew) this.figures.clear();
    return hit;
  }

  private observations(path: string, blob: string): Parsed<Observation> {
    const key = blob + path;
    let hit = this.figures.get(key);
    if (hit) return hit;
    const { records, problems } = this.records(path, blob, OBSERVATIONS);
    const refs: ObservationRefs = {
      places: this.base.places,
      placesByLevelName: () => this.placesByLevelName,
      indicators: this.indicators,
      sources: this.sources,
      writtenIds: new Set([...this.indicators.keys(), ...this.sources.keys()]),
      illustrative: this.base.dataset.illustrative,
    };
    const items = readObservations(records, refs, problems);
    hit = { items, problems: problems.filter((p) => p.severity === 'error') };
    this.figures.set(key, hit);
    return hit;
  }

  /**
   * Reads the catalogues of many states at once (a whole history), before any figure: the
   * figures of each file version are then read only once.
   */
  learn(files: Iterable<[path: string, blob: string]>): void {
    for (const [path, blob] of files) {
      const folder = folderOf(path);
      if (folder === 'indicators' || folder === 'sources') this.catalogue(path, blob, folder);
    }
  }

  /**
   * The model of one state of the figure folders. Successive calls are incremental: a file is
   * read again only when it changed or when an indicator or source it names came or went, and
   * the indexes share every list that no figure touched. `removed` and `added` are what left and
   * came since the previous call (same ids in both for figures that stayed), so the diff needs
   * to look at nothing else.
   */
  snapshot(files: FileState): Snapshot {
    const indicators = new Map<string, Indicator>();
    const sources = new Map<string, Source>();
    const catalogueLeft: Problem[] = [];
    const paths = [...files.keys()].sort();
    // Catalogues first: reading them may widen what figures are read against.
    for (const path of paths) {
      const folder = folderOf(path);
      if (folder !== 'indicators' && folder !== 'sources') continue;
      const target = (folder === 'indicators' ? indicators : sources) as Map<string, Indicator | Source>;
      const parsed = this.catalogue(path, files.get(path)!, folder);
      catalogueLeft.push(...parsed.problems.filter((p) => p.severity === 'error'));
      for (const item of parsed.items) if (!target.has(item.id)) target.set(item.id, item);
    }
    const prev = this.last;
    const moved = new Set<string>();
    if (prev) {
      for (const [map, was] of [[indicators, prev.indicators], [sources, prev.sources]] as const) {
        for (const id of map.keys()) if (!was.has(id)) moved.add(id);
        for (const id of was.keys()) if (!map.has(id)) moved.add(id);
      }
    }
    const removed: Observation[] = [];
    const added: Observation[] = [];
    const state = new Map<string, FileEntry>();
    const stale = (path: string, entry: FileEntry | undefined) => !entry || entry.blob !== files.get(path) || entry.refs.some((id) => moved.has(id));
    // Files that went or will be read again give their figures back first, so a figure moved
    // from one file to another keeps its id and is no change.
    for (const [path, entry] of this.files) {
      if (files.has(path) && !stale(path, entry)) continue;
      for (const o of entry.accepted) if (this.owner.get(o.id) === o) this.owner.delete(o.id);
      removed.push(...entry.accepted);
    }
    for (const path of paths) {
      if (folderOf(path) !== 'observations') continue;
      const old = this.files.get(path);
      if (!stale(path, old)) {
        state.set(path, old!);
        continue;
      }
      const blob = files.get(path)!;
      const parsed = this.observations(path, blob);
      const entry: FileEntry = { blob, accepted: [], left: [...parsed.problems], refs: [] };
      const refs = new Set<string>();
      for (const o of parsed.items) {
        refs.add(o.indicatorId).add(o.sourceId);
        if (o.planId) refs.add(o.planId);
        const missing = !indicators.has(o.indicatorId) ? o.indicatorId : !sources.has(o.sourceId) ? o.sourceId : o.planId && !sources.has(o.planId) ? o.planId : undefined;
        const first = this.owner.get(o.id);
        if (missing) entry.left.push(note(o.origin.file, o.origin.line, `"${missing}" chưa được khai báo ở commit này.`, `"${missing}" was not declared at this commit.`));
        else if (first) entry.left.push(note(o.origin.file, o.origin.line, `Trùng mã số liệu với ${first.origin.file}:${first.origin.line}.`, `Same figure id as ${first.origin.file}:${first.origin.line}.`));
        else {
          this.owner.set(o.id, o);
          entry.accepted.push(o);
        }
      }
      entry.refs = [...refs];
      added.push(...entry.accepted);
      state.set(path, entry);
    }
    this.files = state;
    const observations = ([] as Observation[]).concat(...[...state.values()].map((e) => e.accepted));
    const indicatorList = [...indicators.values()] as Indicator[];
    const sourceList = [...sources.values()] as Source[];
    const model: Model = {
      ...this.base,
      indicators: indicatorList,
      indicatorById: indicators,
      sources: sourceList,
      sourceById: sources,
      observations,
      ...(prev ? updateFigureIndexes(prev.model, removed, added) : indexFigures(observations)),
    };
    this.last = { model, indicators, sources };
    const left = [...catalogueLeft, ...[...state.values()].flatMap((e) => e.left)];
    return { model, left, removed, added };
  }
}

/** Whether a path relative to the data folder holds figures, indicators or sources. */
export const isFigureFile = (path: string): boolean => folderOf(path) !== undefined;
