/** How a chart names a source in its source line: the document number, else its title. */
import type { Model } from '../../data/model.ts';

export function sourceTitle(model: Model, sourceId: string): string {
  const s = model.sourceById.get(sourceId);
  if (!s) return sourceId;
  return s.number ?? s.title;
}
