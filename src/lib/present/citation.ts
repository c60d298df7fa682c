/**
 * The ready citation offered on place, indicator and source pages, on the data page and in
 * every API file:
 *
 *   Nguồn: Xã hội học tập — số liệu theo địa phương, «Tỉnh Ninh Bình», https://…/tinh/37/,
 *   truy cập 25/11/2026, phiên bản dữ liệu 3822e1d2c5 (ngày 05/12/2026).
 *
 * The access date is the reader's, not the build's: a page is built once and copied weeks
 * later. So the static text names the data version (the latest release, as /thay-doi/ lists it)
 * and that release's date (always true), and the
 * "truy cập …" part is added by a few lines of script with the reader's own date. Without
 * JavaScript the citation is complete without it; the reader adds the date they copied it.
 */
import { t } from '../../i18n/index.ts';
import { formatDate } from './format/vi.ts';

export interface CitationInput {
  /** Title of the cited page: "Tỉnh Ninh Bình". */
  title: string;
  /** Absolute URL of the cited page. */
  url: string;
  /** Data version: the latest release's id (site/config.ts). */
  version: string;
  /** ISO day of that release. */
  date: string;
}

export interface CitationView {
  /** Up to the URL: "Nguồn: …, «…», https://…". */
  lead: string;
  /** ", truy cập " — shown with the reader's date only when a script fills it in. */
  accessed: string;
  /** ", phiên bản dữ liệu … (ngày …)." */
  tail: string;
  /** The whole citation without access date. */
  text: string;
}

export function citationView(c: CitationInput): CitationView {
  const lead = t('cite.lead', { site: t('site.title'), title: c.title, url: c.url });
  const tail = t('cite.tail', { version: c.version, date: formatDate(c.date) });
  return { lead, accessed: t('cite.accessed'), tail, text: lead + tail };
}

/** The citation as one line of text, without access date (API files, tests). */
export const citationText = (c: CitationInput): string => citationView(c).text;

