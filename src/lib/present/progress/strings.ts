/**
 * UI strings without parameters, looked up once: a stress build asks for the same labels
 * millions of times (3,321 communes × indicators × the inputs of each "cách tính").
 */
import { t } from '../../../i18n/index.ts';

const statics = new Map<string, string>();

/** t(key) for a key without parameters, cached. */
export function st(key: string): string {
  let v = statics.get(key);
  if (v === undefined) statics.set(key, (v = t(key)));
  return v;
}
