/**
 * UI strings live in src/i18n/vi/*.json (one file per feature, flat dotted keys); components
 * never hold Vietnamese literals. `t('place.formerLabel', { name })` fills `{name}` placeholders.
 * To add a feature file: create src/i18n/vi/<feature>.json and add it to FILES below.
 * A key defined in two files is a bug and stops the build.
 */
import core from './vi/core.json' with { type: 'json' };
import progress from './vi/progress.json' with { type: 'json' };
import charts from './vi/charts.json' with { type: 'json' };
import data from './vi/data.json' with { type: 'json' };
import search from './vi/search.json' with { type: 'json' };
import embed from './vi/embed.json' with { type: 'json' };
import compare from './vi/compare.json' with { type: 'json' };
import changes from './vi/changes.json' with { type: 'json' };
import check from './vi/check.json' with { type: 'json' };

const FILES: Record<string, Record<string, string>> = {
  core,
  progress,
  charts,
  data,
  search,
  embed,
  compare,
  changes,
  check,
};

function merge(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(FILES)) {
    for (const [k, v] of Object.entries(file)) {
      if (k in out) throw new Error(`UI string "${k}" is defined twice (src/i18n/vi/${name}.json)`);
      out[k] = v;
    }
  }
  return out;
}

const strings = merge();

/**
 * A template split once into its text (even places) and parameter names (odd places): t() runs
 * ~10^6 times in a build of a full data set, and a regular expression per call showed in profiles.
 */
const compiled = new Map<string, string[]>();

export function t(key: string, params: Record<string, string | number> = {}): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/vi/`);
  // Most strings have no parameter.
  if (!template.includes('{')) return template;
  let parts = compiled.get(key);
  if (!parts) compiled.set(key, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]!];
    if (v === undefined) throw new Error(`UI string "${key}" needs parameter "${parts[i]}"`);
    out += String(v) + parts[i + 1]!;
  }
  return out;
}

/** A string with its `{name}` placeholders left in, for a page script that fills them later. */
export function template(key: string): string {
  const s = strings[key];
  if (s === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/vi/`);
  return s;
}
