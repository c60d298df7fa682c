/**
 * The only module of src/ that touches the environment. Everything else gets its settings from
 * the normalised configuration (config.ts), built once per process from what this returns.
 */

/** Every variable the site reads; all optional, all strings as the shell gives them. */
export interface Env {
  SITE_URL?: string;
  SITE_BASE?: string;
  DATA_DIR?: string;
  DATA_VERSION?: string;
  REPOSITORY_URL?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  EMBED_ARCHIVE?: string;
  GEO_DIR?: string;
  NO_IMAGES?: string;
  /** The former name of NO_IMAGES, still accepted. */
  NO_PNG?: string;
  NO_IMAGE_CACHE?: string;
  IMAGE_CACHE_DIR?: string;
  NO_EMBEDS?: string;
  GITHUB_ACTIONS?: string;
}

const NAMES: (keyof Env)[] = [
  'SITE_URL', 'SITE_BASE', 'DATA_DIR', 'DATA_VERSION', 'REPOSITORY_URL', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY',
  'EMBED_ARCHIVE', 'GEO_DIR', 'NO_IMAGES', 'NO_PNG', 'NO_IMAGE_CACHE', 'IMAGE_CACHE_DIR', 'NO_EMBEDS', 'GITHUB_ACTIONS',
];

export function readEnv(): Env {
  const out: Env = {};
  for (const name of NAMES) {
    const v = process.env[name];
    if (v !== undefined && v !== '') out[name] = v;
  }
  return out;
}

/**
 * Sets a variable, unless already set, for what this process starts next: child processes (Pagefind
 * reads its settings so), worker threads and the pages of an in-process build (the data version).
 */
export function setChildEnv(name: string, value: string): void {
  process.env[name] ??= value;
}
