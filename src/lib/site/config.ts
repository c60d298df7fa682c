/**
 * The site's configuration, normalised once per process from the environment (env.ts) and checked:
 * a wrong value stops the build with a message that says which setting and how to fix it.
 * astro.config.mjs takes `site` and `base` from here, so Astro's base and our URLs (urls.ts)
 * are the same value by construction.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEnv, type Env } from './env.ts';

/** Where the site's source lives when nothing else says so (the deploy workflow passes GitHub's own). */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/hoi-khuyen-hoc/xhht-so-lieu';

export interface SiteConfig {
  /** Absolute origin the site is served from, without the base path: "https://x.github.io". */
  site: string;
  /** Path under the origin, with slashes at both ends: "/" or "/xhht-so-lieu/". */
  base: string;
  /** The repository's web address, for "Dòng 297, tệp …" links and mistake reports. */
  repositoryUrl: string;
  /** Branch whose files the provenance links open. */
  repositoryBranch: string;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** Absolute path of the boundaries folder. */
  geoDir: string;
  /**
   * The data version, 10 characters: DATA_VERSION, else the latest commit of the main line that
   * changed the figure folders. `npm run build` sets DATA_VERSION to the latest release (a later
   * commit may only have reordered rows), so citations name a release of /thay-doi/.
   */
  dataVersion: string;
  /** When that commit landed (ISO 8601 with its offset); the build's day when there is no commit. */
  dataVersionDate: string;
  /** Its calendar day (its own offset, as the changelog dates releases): citations and pinned embeds say it. */
  dataVersionDay: string;
  /** ISO date of the build (UTC). */
  buildDate: string;
  /** Folder of the embed-archive branch, only when publishing. */
  embedArchive?: string;
  embeds: boolean;
  /** Draw the share cards (the site's only images made at build time). */
  images: boolean;
  /** Folder of the share-card cache, or undefined for none. */
  imageCacheDir?: string;
  /** Running in GitHub Actions: problems are also printed as annotations. */
  githubActions: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The folders of the data folder whose changes are releases (history.ts, snapshot.ts): figures,
 * indicators, sources. Units, boundaries, news and the guide change no figure.
 */
export const FIGURE_FOLDERS = ['observations', 'indicators', 'sources'] as const;

/** Short commits are as long as release ids, so a citation's version is a release's id. */
export const VERSION_LENGTH = 10;

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The latest commit of the main line (first parents, as the changelog reads it) that changed the
 * figure folders of `dataDir`, with its date; else the repository's current commit (a data folder
 * outside git's history); else none. A shallow clone gives its one commit.
 */
export function dataCommit(dataDir: string, cwd: string): { version: string; date?: string } {
  const format = ['-1', `--format=%H %cI`];
  const line =
    (existsSync(dataDir) ? git(dataDir, ['log', '--first-parent', ...format, '--', ...FIGURE_FOLDERS]) : undefined) ??
    git(cwd, ['log', ...format, 'HEAD']);
  if (!line) return { version: 'chua-commit' };
  const [sha, date] = line.split(' ');
  return { version: sha!.slice(0, VERSION_LENGTH), date: date! };
}

/** The date of a commit named by DATA_VERSION, when the repository has it. */
function commitDate(ref: string, cwd: string): string | undefined {
  return git(cwd, ['log', '-1', '--format=%cI', `${ref}^{commit}`, '--']);
}

function checkUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `Biến ${name} không phải một địa chỉ web đầy đủ: "${value}". Cần dạng https://ten-mien (có http:// hoặc https://).\n` +
        `${name} is not an absolute URL: "${value}". Expected e.g. https://example.org.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`Biến ${name} phải bắt đầu bằng http:// hoặc https://, không phải "${url.protocol}".\n${name} must use http or https, not "${url.protocol}".`);
  }
  return url;
}

/** "/", "/repo/" from "", "repo", "/repo", "/repo/". */
function normaliseBase(value: string): string {
  if (!/^[A-Za-z0-9._~/-]*$/.test(value)) {
    throw new ConfigError(`Biến SITE_BASE có ký tự không dùng được trong đường dẫn: "${value}". Ví dụ đúng: /xhht-so-lieu/\nSITE_BASE has characters a path cannot hold: "${value}".`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export function normalizeConfig(env: Env, cwd = process.cwd()): SiteConfig {
  const site = checkUrl('SITE_URL', env.SITE_URL ?? 'http://127.0.0.1:4321');
  // A path in SITE_URL (GitHub Pages' origin never has one) joins the base.
  const base = normaliseBase(`${site.pathname}/${env.SITE_BASE ?? ''}`);
  const repo =
    env.REPOSITORY_URL ?? (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : DEFAULT_REPOSITORY_URL);
  const dataDir = resolve(cwd, env.DATA_DIR ?? 'data');
  const buildDate = new Date().toISOString().slice(0, 10);
  const version = env.DATA_VERSION ? { version: env.DATA_VERSION, date: commitDate(env.DATA_VERSION, cwd) } : dataCommit(dataDir, cwd);
  const config: SiteConfig = {
    site: site.origin,
    base,
    repositoryUrl: checkUrl('REPOSITORY_URL', repo).href.replace(/\/$/, ''),
    repositoryBranch: 'main',
    dataDir,
    geoDir: resolve(cwd, env.GEO_DIR ?? 'data/geo'),
    dataVersion: version.version,
    dataVersionDate: version.date ?? `${buildDate}T00:00:00Z`,
    dataVersionDay: (version.date ?? buildDate).slice(0, 10),
    buildDate,
    embeds: env.NO_EMBEDS !== '1',
    images: env.NO_IMAGES !== '1' && env.NO_PNG !== '1',
    githubActions: env.GITHUB_ACTIONS === 'true',
  };
  if (env.EMBED_ARCHIVE) config.embedArchive = resolve(cwd, env.EMBED_ARCHIVE);
  if (env.NO_IMAGE_CACHE !== '1') config.imageCacheDir = resolve(cwd, env.IMAGE_CACHE_DIR ?? 'node_modules/.cache/xhht-cards');
  return config;
}

let current: SiteConfig | undefined;

/** The configuration of this process, normalised on first use. */
export function siteConfig(): SiteConfig {
  current ??= normalizeConfig(readEnv());
  return current;
}

/** For the build's command line and tests: a configuration made elsewhere (e.g. with another data folder). */
export function useSiteConfig(config: SiteConfig): void {
  current = config;
}
