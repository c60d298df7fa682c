/**
 * Number cells from CSV files written by hand or exported from Excel in either locale.
 * The rules (documented in data/README.md):
 * - canonical: point decimal, no grouping ("12.5", "32000");
 * - `;` files come from Vietnamese-locale Excel: comma decimal, dot grouping ("12,5", "32.000", "1.234,5");
 * - in `,` files a comma decimal is accepted when it cannot be grouping ("12,5"), grouping is accepted
 *   when it cannot be a decimal ("1.234.567", "1,234,567"), and a lone group of three ("1,234", "32.000")
 *   is rejected as ambiguous;
 * - in `;` files a lone comma group of three ("14,000", as an English source prints fourteen
 *   thousand) is rejected as ambiguous too: read the Vietnamese way it would silently be 14;
 * - Excel's scientific notation ("1,588E+11", written when a number is too wide for its column)
 *   has lost digits and is rejected with its own message.
 */
import type { Delimiter } from './read-csv.ts';

export type NumberReading =
  | { ok: true; value: number; how?: 'decimal-comma' | 'grouping' | 'decimal-point' | 'spaces'; percentSign: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'ambiguous'; readings: [string, string] }
  | { ok: false; reason: 'scientific'; approx: number };

const INT = /^-?\d+$/;
const POINT_DEC = /^-?\d+\.\d+$/;
const COMMA_DEC = /^-?\d+,\d+$/;
const DOT_GROUPS = /^-?\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPS = /^-?\d{1,3}(,\d{3})+$/;
const VI_FULL = /^-?\d{1,3}(\.\d{3})+,\d+$/;
const EN_FULL = /^-?\d{1,3}(,\d{3})+\.\d+$/;
const SCIENTIFIC = /^-?\d+([.,]\d+)?e[+-]?\d+$/i;

const num = (s: string): number => Number(s);

export function parseNumber(raw: string, delimiter: Delimiter): NumberReading {
  let s = raw.trim();
  let percentSign = false;
  if (s.endsWith('%')) {
    percentSign = true;
    s = s.slice(0, -1).trim();
  }
  let spaces = false;
  // Spaces (normal, no-break, thin) between digit groups: "32 000".
  if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(s)) {
    s = s.replace(/[ \u00a0\u202f]/g, '');
    spaces = true;
  }
  if (s === '' || s === '-') return { ok: false, reason: 'invalid' };
  const done = (value: number, how?: 'decimal-comma' | 'grouping' | 'decimal-point' | 'spaces'): NumberReading => {
    if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
    const h = how ?? (spaces ? 'spaces' : undefined);
    return h ? { ok: true, value, how: h, percentSign } : { ok: true, value, percentSign };
  };

  if (INT.test(s)) return done(num(s));
  if (SCIENTIFIC.test(s)) return { ok: false, reason: 'scientific', approx: num(s.replace(',', '.')) };

  if (delimiter === ';') {
    // Vietnamese locale: comma is the decimal mark, dot groups thousands.
    if (COMMA_DEC.test(s)) {
      const [intPart, decimals] = s.split(',') as [string, string];
      if (decimals.length === 3 && !/^-?0$/.test(intPart) && intPart.replace('-', '').length <= 3) {
        return { ok: false, reason: 'ambiguous', readings: [String(num(s.replace(',', '.'))), String(num(s.replace(',', '')))] };
      }
      return done(num(s.replace(',', '.')));
    }
    if (DOT_GROUPS.test(s)) return done(num(s.replace(/\./g, '')));
    if (VI_FULL.test(s)) return done(num(s.replace(/\./g, '').replace(',', '.')));
    // Anything with a point that is not dot grouping (caught above) can only be a decimal point.
    if (POINT_DEC.test(s)) return done(num(s), 'decimal-point');
    return { ok: false, reason: 'invalid' };
  }

  // `,` (or tab) files: the canonical form, plus unambiguous Vietnamese or English habits.
  if (POINT_DEC.test(s)) {
    const [intPart, decimals] = s.split('.') as [string, string];
    if (decimals.length === 3 && !/^-?0$/.test(intPart) && intPart.replace('-', '').length <= 3) {
      return { ok: false, reason: 'ambiguous', readings: [String(num(s)), String(num(s.replace('.', '')))] };
    }
    return done(num(s));
  }
  if (COMMA_DEC.test(s)) {
    const [intPart, decimals] = s.split(',') as [string, string];
    if (decimals.length === 3 && !/^-?0$/.test(intPart) && intPart.replace('-', '').length <= 3) {
      return { ok: false, reason: 'ambiguous', readings: [String(num(s.replace(',', '.'))), String(num(s.replace(',', '')))] };
    }
    return done(num(s.replace(',', '.')), 'decimal-comma');
  }
  if (DOT_GROUPS.test(s)) return done(num(s.replace(/\./g, '')), 'grouping');
  if (COMMA_GROUPS.test(s)) return done(num(s.replace(/,/g, '')), 'grouping');
  if (VI_FULL.test(s)) return done(num(s.replace(/\./g, '').replace(',', '.')), 'grouping');
  if (EN_FULL.test(s)) return done(num(s.replace(/,/g, '')), 'grouping');
  return { ok: false, reason: 'invalid' };
}
