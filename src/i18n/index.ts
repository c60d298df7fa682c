/**
 * UI strings live in one file per language with flat dotted keys (vi.json); components never
 * hold Vietnamese literals. `t('place.formerLabel', { name })` fills `{name}` placeholders.
 */
import vi from './vi.json' with { type: 'json' };

export type StringKey = keyof typeof vi;
const strings: Record<string, string> = vi;

export function t(key: StringKey | (string & {}), params: Record<string, string | number> = {}): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/vi.json`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`UI string "${key}" needs parameter "${name}"`);
    return String(v);
  });
}
