/** The ready citation: static text without access date; the reader's date added in the browser. */
import { describe, expect, it } from 'vitest';
import { citationText, citationView } from '../../../src/lib/present/citation.ts';
import { accessDate } from '../../../src/components/data/cite-client.ts';

describe('citation', () => {
  const input = { title: 'Tỉnh Ninh Bình', url: 'https://example.org/tinh/37/', version: '0a21a09', date: '2026-11-23' };

  it('names the site, the page, its URL, the data version and its date', () => {
    expect(citationText(input)).toBe(
      'Nguồn: Xã hội học tập — số liệu theo địa phương, «Tỉnh Ninh Bình», https://example.org/tinh/37/, phiên bản dữ liệu 0a21a09 (ngày 23/11/2026).',
    );
  });

  it('reads as one sentence once the access date is inserted', () => {
    const v = citationView(input);
    expect(`${v.lead}${v.accessed}25/11/2026${v.tail}`).toBe(
      'Nguồn: Xã hội học tập — số liệu theo địa phương, «Tỉnh Ninh Bình», https://example.org/tinh/37/, truy cập 25/11/2026, phiên bản dữ liệu 0a21a09 (ngày 23/11/2026).',
    );
  });

  it('formats the access date dd/mm/yyyy in local time', () => {
    expect(accessDate(new Date(2026, 0, 5, 23, 59))).toBe('05/01/2026');
  });
});
