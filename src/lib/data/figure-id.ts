/**
 * A figure's identity: derived from what the figure is, never from where its row sits, so that
 * sorting rows, moving them to another file or a round trip through Excel changes no id and the
 * changelog can follow a figure from one commit to the next (data/README.md, "Mã số liệu").
 *
 *   <place_level>.<place_code>.<indicator>.<kind>.<year or _>.<basis or _>.<source>[.<variant>]
 *   commune.19885.learning_families_pct.result.2024._.baogialai-37073
 *
 * No part can hold a dot (codes, ids and variants are letters, digits, "-" and "_"), so an id
 * splits back into its parts. Codes are the padded official codes, years numbers: "1" and "01",
 * "2024" and "2024.0" give the same id.
 */

/** The short disambiguator of two figures one source gives for the same place, indicator, kind, year and basis. */
export const VARIANT_PATTERN = /^[a-z0-9][a-z0-9-]{0,19}$/;

export interface FigureIdParts {
  /** `${level}:${code}` (data/model.ts `Place.key`). */
  placeKey: string;
  indicatorId: string;
  kind: string;
  year: number | null;
  basis?: string | undefined;
  sourceId: string;
  variant?: string | undefined;
}

export function figureId(p: FigureIdParts): string {
  const i = p.placeKey.indexOf(':');
  const parts = [p.placeKey.slice(0, i), p.placeKey.slice(i + 1), p.indicatorId, p.kind, p.year === null ? '_' : String(p.year), p.basis || '_', p.sourceId];
  if (p.variant) parts.push(p.variant);
  return parts.join('.');
}

/** The same figure from another source or variant: what a changelog pairs when only the source changed. */
export function figureSlot(p: Omit<FigureIdParts, 'sourceId' | 'variant'>): string {
  return figureId({ ...p, sourceId: '' }).replace(/\.$/, '');
}
