/**
 * Every URL of the site, in one place. Paths are built from official codes and ids (names change,
 * codes do not) and never include the base; `href()` adds the base for links, `absoluteUrl()` the
 * origin too, for what other sites paste (embed code, API, feeds). The base comes from the
 * configuration that Astro's own `base` is set from (config.ts).
 *
 *   /                     the nation          /tinh/01/             a province (GSO code)
 *   /xa/00004/            a commune           /cum-thi-dua/<code>/  an emulation cluster
 *   /chi-tieu/<id>/       an indicator        /van-ban/<id>/        a source document
 *   /bieu-do/<map id>/    a map at one year   /nhung/<chart id>.*   embed page and downloads
 *   /anh/<page>.jpg       a page's share card (og:image): /anh/tinh/01.jpg, /anh/trang-chu.jpg
 *   /du-lieu/<file>       bulk data           /api/v1/…             the JSON API
 *   /so-sanh/?ma=tinh-86,tinh-01  2 to 4 places side by side (compare-url.ts: the names of places
 *                         and of the view parameters ?nam=, ?chi-tieu=)
 */
import { siteConfig } from './config.ts';

/** What a URL needs of a place (data/model.ts `Place` fits): this layer knows no model. */
export interface PlaceRef {
  level: string;
  code: string;
}

/** Site path with the base: "/tinh/01/" → "/repo/tinh/01/". */
export const href = (path: string): string => siteConfig().base + path.replace(/^\//, '');

/** Absolute URL of a site path, base included. */
export const absoluteUrl = (path: string): string => new URL(href(path), siteConfig().site).href;

// ---- pages -------------------------------------------------------------------------------------

export const paths = {
  home: '/',
  provinces: '/tinh/',
  indicators: '/chi-tieu/',
  sources: '/van-ban/',
  about: '/gioi-thieu-du-lieu/',
  data: '/du-lieu/',
  method: '/phuong-phap/',
  search: '/tim-kiem/',
  changes: '/thay-doi/',
  news: '/tin-tuc/',
} as const;

export function placePath(place: PlaceRef): string | undefined {
  switch (place.level) {
    case 'national':
      return '/';
    case 'province':
      return `/tinh/${place.code}/`;
    case 'commune':
      return `/xa/${place.code}/`;
    case 'region':
      return `/cum-thi-dua/${place.code}/`;
    default:
      return undefined;
  }
}

/**
 * Id of the line on a successor's page that names one of its former units ("Xã Quang Kim (cũ)
 * nay thuộc Xã Bát Xát"), shown when the URL ends with it: a search result found by a former
 * name links to `#<id>`.
 */
export function formerAnchor(level: 'former_commune' | 'former_district' | 'former_province', code: string): string {
  return `cu-${level === 'former_commune' ? 'xa' : level === 'former_district' ? 'huyen' : 'tinh'}-${code}`;
}

export const placeHref = (place: PlaceRef): string | undefined => {
  const p = placePath(place);
  return p ? href(p) : undefined;
};
export const indicatorPath = (id: string): string => `/chi-tieu/${id}/`;
export const sourcePath = (id: string): string => `/van-ban/${id}/`;
export const indicatorHref = (id: string): string => href(indicatorPath(id));
export const sourceHref = (id: string): string => href(sourcePath(id));
/** The page of a map at one year (the year selector's links; works without JavaScript). */
export const chartPagePath = (mapId: string): string => `/bieu-do/${mapId}/`;
export const chartPageHref = (mapId: string): string => href(chartPagePath(mapId));
/** URL patterns of map and ranking links ("{code}" is replaced in the browser). */
export const placePathPattern = (level: 'province' | 'commune'): string => placePath({ level, code: '{code}' })!;

// ---- share cards ---------------------------------------------------------------------------------

export const SHARE_ROOT = 'anh';
const HOME_CARD = 'trang-chu';

/** The name of a page's card under /anh/ ("tinh/01", "trang-chu"): its file under dist/anh/ (src/lib/outputs/share/write.ts). */
export const shareCardName = (pagePath: string): string => pagePath.replace(/^\/+|\/+$/g, '') || HOME_CARD;
/** The share card of a page: "/tinh/01/" → "/anh/tinh/01.jpg", "/" → "/anh/trang-chu.jpg". */
export const shareImagePath = (pagePath: string): string => `/${SHARE_ROOT}/${shareCardName(pagePath)}.jpg`;

/** Share links that need no script of theirs: the page opens in their share dialog. */
export const facebookShareUrl = (url: string): string => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
export const zaloShareUrl = (url: string): string => `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`;

// ---- bulk data and API --------------------------------------------------------------------------

export const dataFilePath = (name: string): string => `/du-lieu/${name}`;
export const datapackagePath = dataFilePath('datapackage.json');
/** The template workbook staff fill in, and the page that checks a file in the browser. */
export const templatePath = dataFilePath('mau-so-lieu.xlsx');
export const checkPath = '/du-lieu/kiem-tra/';
export const checkCataloguePath = '/du-lieu/kiem-tra/danh-muc.json';
export const apiIndexPath = '/api/v1/index.json';
export const placeApiPath = (p: PlaceRef): string => `/api/v1/dia-phuong/${p.level}/${p.code}.json`;
export const indicatorApiPath = (id: string): string => `/api/v1/chi-tieu/${id}.json`;
export const placeApiPattern = '/api/v1/dia-phuong/{level}/{code}.json';
export const indicatorApiPattern = '/api/v1/chi-tieu/{id}.json';

// ---- embeds and chart downloads -------------------------------------------------------------------
//   /nhung/<chart id>.html                     embed page, always the latest data
//   /nhung/<chart id>.oembed.json              oEmbed (type "rich")
//   /nhung/<chart id>.png|.svg|.csv            downloads (saved as <slug>.png…, slug: the id with "/" → "-")
//   /nhung/phien-ban/<version>/<chart id>.html pinned embed page of one data version
//   /nhung/phien-ban/manifest.json             chart id → pinned version (read by scripts/archive-embeds.ts)
//   /nhung/nhung.js                            the optional resize script for host pages
// Files, not a folder per chart: ~8,000 folders with one file each cost far more system time.
// Chart ids never start with "phien-ban" (present/charts/ids.ts), so the two trees cannot meet.

export const EMBED_ROOT = 'nhung';
export const PINNED_ROOT = 'phien-ban';
export const RESIZE_SCRIPT_PATH = `/${EMBED_ROOT}/nhung.js`;
export const PINNED_MANIFEST_PATH = `/${EMBED_ROOT}/${PINNED_ROOT}/manifest.json`;

export type DownloadKind = 'png' | 'svg' | 'csv';

const SAFE_ID = /^[a-z]+(\/[A-Za-z0-9_-]+)+$/;
const SAFE_VERSION = /^[A-Za-z0-9._-]{1,64}$/;

/** Ids and versions become folder names: anything else is a bug, never a path to write. */
export function checkId(id: string): string {
  if (!SAFE_ID.test(id) || id.startsWith(`${PINNED_ROOT}/`)) throw new Error(`embed: chart id "${id}" cannot be a path`);
  return id;
}

export function checkVersion(version: string): string {
  if (!SAFE_VERSION.test(version) || version === '.' || version === '..') throw new Error(`embed: data version "${version}" cannot be a path`);
  return version;
}

/** "map/provinces/x/2024" → "map-provinces-x-2024": the name a downloaded file is saved under. */
export const fileSlug = (id: string): string => checkId(id).replace(/\//g, '-');

const chartFile = (id: string, ext: string): string => `/${EMBED_ROOT}/${checkId(id)}.${ext}`;
export const embedPath = (id: string): string => chartFile(id, 'html');
export const pinnedPath = (version: string, id: string): string => `/${EMBED_ROOT}/${PINNED_ROOT}/${checkVersion(version)}/${checkId(id)}.html`;
export const oembedPath = (id: string): string => chartFile(id, 'oembed.json');
export const downloadName = (id: string, kind: DownloadKind): string => `${fileSlug(id)}.${kind}`;
export const downloadPath = (id: string, kind: DownloadKind): string => chartFile(id, kind);

// ---- the repository --------------------------------------------------------------------------------

/**
 * The file of a data row at its line, in the repository, at the data version the site was built
 * from (a commit): the link keeps pointing at the same row when rows are later inserted above it.
 */
export function repositoryFileUrl(file: string, line?: number): string {
  const { repositoryUrl, repositoryBranch, dataVersion } = siteConfig();
  const ref = /^[0-9a-f]{7,40}$/.test(dataVersion) ? dataVersion : repositoryBranch;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repositoryUrl}/${line || /\.[a-z]+$/i.test(file) ? 'blob' : 'tree'}/${ref}/${path}${line ? `#L${line}` : ''}`;
}

/** A new issue on the repository with its title and body filled in (the "báo sai sót" link). */
export function reportIssueUrl(title: string, body: string): string {
  const q = new URLSearchParams({ title, body });
  return `${siteConfig().repositoryUrl}/issues/new?${q.toString()}`;
}

// ---- changes, feeds and news ------------------------------------------------------------------------
//   /thay-doi/                 the changelog, newest first   /thay-doi/trang/<n>/   its page n (n ≥ 2)
//   /thay-doi/<release id>/    one release (a commit)        /thay-doi/atom.xml     the site's feed
//   /tinh/<code>/atom.xml, /xa/<code>/atom.xml, /cum-thi-dua/<code>/atom.xml, /chi-tieu/<id>/atom.xml
//                              the feed of a place, a cluster or an indicator
//   /nguon-tin.xsl             how a browser shows a feed opened as a page (XSLT)
//   /tin-tuc/                  news                          /tin-tuc/<slug>/       one post
// Release ids are hexadecimal commit hashes, so "trang" and "atom.xml" can never be one.

export const changesPath = paths.changes;
export const changesPagePath = (page: number): string => (page <= 1 ? changesPath : `/thay-doi/trang/${page}/`);
export const releasePath = (id: string): string => `/thay-doi/${id}/`;
export const siteFeedPath = '/thay-doi/atom.xml';
export const feedStylesheetPath = '/nguon-tin.xsl';
export const newsPath = paths.news;
export const newsPostPath = (slug: string): string => `/tin-tuc/${slug}/`;
export const releasesApiPath = '/api/v1/phien-ban.json';

/** The feed of a place or indicator page, next to it; undefined for places without a page feed. */
export function placeFeedPath(place: PlaceRef): string | undefined {
  return place.level === 'province' || place.level === 'commune' || place.level === 'region' ? `${placePath(place)}atom.xml` : place.level === 'national' ? siteFeedPath : undefined;
}
export const indicatorFeedPath = (id: string): string => `${indicatorPath(id)}atom.xml`;

/** A commit, and the data folder or the whole repository at that commit. */
export const repositoryCommitUrl = (sha: string): string => `${siteConfig().repositoryUrl}/commit/${sha}`;
export const repositoryTreeUrl = (sha: string, path: string): string =>
  `${siteConfig().repositoryUrl}/tree/${sha}/${path.split('/').map(encodeURIComponent).join('/')}`;
export const repositoryArchiveUrl = (sha: string): string => `${siteConfig().repositoryUrl}/archive/${sha}.zip`;
