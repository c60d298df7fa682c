/**
 * What a result and the status line say (src/scripts/search/render.ts, pure parts): a place
 * named only in part says which words did not match, and the status says no place matched
 * every word; nothing found is said plainly.
 */
import { describe, expect, it } from 'vitest';
import strings from '../../../src/i18n/vi/search.json' with { type: 'json' };
import type { Hit } from '../../../src/lib/outputs/search/engine.ts';
import { RELEVANCE, TIER } from '../../../src/lib/outputs/search/rerank.ts';
import { hitText, statusKey } from '../../../src/scripts/search/render.ts';

const partial: Hit = {
  url: '/xa/20014/#cu-xa-19888',
  title: 'Phường Hóa Châu',
  data: { t: 'Phường', n: 'Hóa Châu', p: ['Thành phố', 'Huế'] },
  excerpt: '',
  match: {
    tier: TIER.partial,
    complete: true,
    exact: false,
    via: TIER.former,
    former: ['Xã', 'Quảng Thành', 'Huyện', 'Quảng Điền', 'Thành phố', 'Huế', 'full', 'cu-xa-19888', 'cu-huyen-477'],
    missing: ['ba', 'vinh'],
    relevance: RELEVANCE.partial,
  },
};

describe('result text', () => {
  it('names the former unit of a partial match and the words that did not match', () => {
    const text = hitText(partial, strings);
    expect(text.title).toBe('Xã Quảng Thành (cũ)');
    expect(text.meta).toBe('huyện Quảng Điền, thành phố Huế');
    expect(text.now).toBe('Nay thuộc Phường Hóa Châu, Thành phố Huế');
    expect(text.missing).toBe('Không khớp: ba vinh');
  });

  it('says "found", "found in part" or "nothing found"', () => {
    const whole: Hit = { ...partial, match: { ...partial.match, tier: TIER.former, relevance: RELEVANCE.named } };
    expect(statusKey([whole, partial])).toBe('search.found');
    expect(statusKey([partial])).toBe('search.partial');
    expect(statusKey([])).toBe('search.none');
    expect(hitText(whole, strings).missing).toBe('');
  });
});
