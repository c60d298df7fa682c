/**
 * The site's configuration, normalised once per process from the environment (env.ts) and checked:
 * a wrong value stops the build with a message that says which setting and how to fix it.
 * astro.config.mjs takes `site` and `base` from here, so Astro's base and our URLs (urls.ts)
 * are the same value by construction.
 */
import { execFileSync } from 'node:child_process';
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
  /** The data version: the git commit (or DATA_VERSION). */
  dataVersion: string;
  /** ISO date of the build (UTC). */
  buildDate: string;
  /** Folder of the embed-archive branch, only when publishing. */
  embedArchive?: string;
  embeds: boolean;
  png: boolean;
  /** Folder of the PNG cache, or undefined for none. */
  pngCacheDir?: string;
  /** Running in GitHub Actions: problems are also printed as annotations. */
  githubActions: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function gitCommit(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'chua-commit';
  }
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
  const config: SiteConfig = {
    site: site.origin,
    base,
    repositoryUrl: checkUrl('REPOSITORY_URL', repo).href.replace(/\/$/, ''),
    repositoryBranch: 'main',
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    geoDir: resolve(cwd, env.GEO_DIR ?? 'data/geo'),
    dataVersion: env.DATA_VERSION ?? gitCommit(cwd),
    buildDate: new Date().toISOString().slice(0, 10),
    embeds: env.NO_EMBEDS !== '1',
    png: env.NO_PNG !== '1',
    githubActions: env.GITHUB_ACTIONS === 'true',
  };
  if (env.EMBED_ARCHIVE) config.embedArchive = resolve(cwd, env.EMBED_ARCHIVE);
  if (env.NO_PNG_CACHE !== '1') config.pngCacheDir = resolve(cwd, env.PNG_CACHE_DIR ?? 'node_modules/.cache/xhht-embed/png');
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
