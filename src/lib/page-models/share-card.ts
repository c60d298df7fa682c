/**
 * The words of each page's share card (its og:image, 1200 × 630, drawn by
 * src/lib/outputs/share/draw.ts): a name, the headline figure with its year and status (or
 * "chưa có số liệu"), where the figure comes from, and the site's name.
 *
 * Figures and statuses are read through `headlineFigure` only, which asks the one progress
 * assessment (src/lib/model/progress/place-progress.ts): the card says what the page says.
 */
import type { Indicator, Model, NewsPost, Observation, Place, Source } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatFigure, formatNumber } from '../present/format/vi.ts';
import { placeLabel } from '../present/labels.ts';
import { badgeView } from '../present/progress/badge.ts';
import { headlineIndicator } from '../present/charts/choices.ts';
import { placeStatus } from '../model/progress/place-progress.ts';
import type { ProgressStatus } from '../model/progress/status.ts';
import { href, indicatorPath, newsPostPath, placePath, shareImagePath, sourcePath } from '../site/urls.ts';

/** The size Facebook and Zalo show as a large link preview (1.91 : 1). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** The largest words: a place, an indicator, a source, a news title. */
  title: string;
  /** Under the title: the province of a commune, "Chỉ tiêu", a source's issuer and date. */
  subtitle?: string;
  /** What the figure is: the indicator (and the place, on indicator and source cards). */
  figureLabel?: string;
  /** The figure ("78,5%"), "Chưa có số liệu", or a news post's summary. */
  figure: string;
  /** The figure line says there is no figure ("Chưa có số liệu"): drawn quieter. */
  none?: boolean;
  /** "năm 2023" */
  figureYear?: string;
  status?: { key: ProgressStatus; text: string };
  /** A line under the figure: "cần kiểm chứng", "trước 2021, chỉ để tham khảo"; on an indicator without a national figure, how many provinces have one. */
  note?: string;
  /** "Nguồn: …" */
  sourceLine?: string;
  /** The site's name, printed at the foot. */
  site: string;
  /** Generated demo data: the card says "dữ liệu minh họa" too. */
  illustrative: boolean;
}

/**
 * A card from plain lines: what a page without a place or an indicator (a news article) needs.
 * `figureLine` is drawn large and shrinks to fit.
 */
export function shareCard(model: Model, parts: { title: string; figureLine: string; sourceLine?: string; subtitle?: string }): ShareCard {
  const card: ShareCard = { title: parts.title, figure: parts.figureLine, site: t('site.title'), illustrative: model.dataset.illustrative };
  if (parts.subtitle) card.subtitle = parts.subtitle;
  if (parts.sourceLine) card.sourceLine = parts.sourceLine;
  return card;
}

export interface HeadlineFigure {
  indicator: Indicator;
  valueText: string;
  year: number;
  status: ProgressStatus;
  statusText: string;
  /** The figure is from before the period: context only, as the page says. */
  beforePeriod: boolean;
  /** The figure is marked "cần kiểm chứng" (and decides no status alone). */
  unverified: boolean;
  observation: Observation;
}

/**
 * A place's figure for an indicator as its page states it: the latest figure the assessment used
 * and its status, or, when it has none in the period, the figure it shows as context, with the
 * status it gives. Undefined when the place has no dated figure of its own.
 */
export function headlineFigure(model: Model, place: Place, indicator: Indicator): HeadlineFigure | undefined {
  const { status, entry } = placeStatus(model, place, indicator);
  const figure = entry?.progress.latest ?? entry?.progress.context;
  if (!entry || !figure) return undefined;
  const badge = badgeView(status, entry.progress.assessments[0]?.approximate ?? false);
  return {
    indicator,
    valueText: formatFigure(figure, indicator.unit),
    year: figure.year,
    status,
    statusText: badge.approxText ? `${badge.text} · ${badge.approxText}` : badge.text,
    beforePeriod: !entry.progress.latest,
    unverified: figure.unreliable,
    observation: figure.observations[0]!,
  };
}

const sourceName = (s: Source): string => (s.number ? `${s.number} — ${s.title}` : s.title);

function sourceLineOf(model: Model, o: Observation): string {
  const s = model.sourceById.get(o.sourceId)!;
  return t('share.source', { source: s.date ? `${sourceName(s)} (${formatDate(s.date)})` : sourceName(s) });
}

function withFigure(card: ShareCard, model: Model, h: HeadlineFigure | undefined, label: string): ShareCard {
  card.figureLabel = label;
  if (!h) return card;
  card.figure = h.valueText;
  delete card.none;
  card.figureYear = t('share.year', { year: h.year });
  card.status = { key: h.status, text: h.statusText };
  const notes = [h.unverified ? t('figures.check') : '', h.beforePeriod ? t('national.beforePeriod') : ''].filter(Boolean);
  if (notes.length) card.note = notes.join('; ');
  card.sourceLine = sourceLineOf(model, h.observation);
  return card;
}

const empty = (model: Model, title: string, subtitle?: string): ShareCard => ({ ...shareCard(model, { title, figureLine: t('figures.none'), ...(subtitle ? { subtitle } : {}) }), none: true });

/**
 * A place: the page's headline indicator (the one its map shows) when the place has a figure for
 * it, else the first main indicator it has a figure for; "chưa có số liệu" with the headline
 * indicator's name when it has none.
 */
export function placeShareCard(model: Model, place: Place): ShareCard {
  const province = place.provinceKey ? model.places.get(place.provinceKey) : undefined;
  const subtitle =
    place.level === 'national'
      ? t('share.nation', { provinces: formatNumber(model.provinces.length), communes: formatNumber(model.communes.length) })
      : place.level === 'region'
        ? t('region.heading')
        : place.level === 'province'
          ? t('place.communesCount', { count: formatNumber(model.communesByProvince.get(place.key)?.length ?? 0) })
          : province?.fullName;
  const title = place.level === 'national' ? t('place.nation') : place.fullName;
  const scopeProvince = place.level === 'province' ? place : province;
  const preferred = headlineIndicator(model, scopeProvince ? { kind: 'province', province: scopeProvince } : { kind: 'country' });
  const candidates = [...(preferred ? [preferred] : []), ...model.indicators.filter((i) => i.main && i !== preferred)];
  for (const ind of candidates) {
    const h = headlineFigure(model, place, ind);
    if (h) return withFigure(empty(model, title, subtitle), model, h, ind.nameVi);
  }
  const card = empty(model, title, subtitle);
  if (preferred) card.figureLabel = preferred.nameVi;
  return card;
}

/** An indicator: the nation's figure; without one, how many provinces (current or former) have theirs. */
export function indicatorShareCard(model: Model, ind: Indicator): ShareCard {
  const card = empty(model, ind.nameVi, t('share.indicator'));
  const national = headlineFigure(model, model.nation, ind);
  if (national) return withFigure(card, model, national, t('share.nationFigure'));
  card.figureLabel = t('share.nationFigure');
  const count = (list: Place[]) => list.filter((p) => headlineFigure(model, p, ind)).length;
  const [current, former] = [count(model.provinces), count(model.formerProvinces)];
  const which = current && former ? 'both' : current ? 'current' : former ? 'former' : undefined;
  if (which) card.note = t(`share.withFigures.${which}`, { count: formatNumber(current), former: formatNumber(former) });
  return card;
}

const LEVEL_ORDER = ['national', 'province', 'region', 'former_province', 'commune', 'former_district', 'former_commune'];

/**
 * A source: one figure it publishes — the widest place first (the nation, then provinces…), a
 * main indicator first, the latest year — with its status only when the assessment uses this very
 * figure; a plan without results shows a target it sets.
 */
export function sourceShareCard(model: Model, s: Source): ShareCard {
  const meta = [s.issuer ?? s.publisher, s.date ? formatDate(s.date) : undefined].filter(Boolean).join(', ');
  const card = empty(model, sourceName(s), meta || t(`source.type.${s.type}`));
  // Its own results, and the targets it sets as a plan (as its page lists them).
  const own = (model.observationsBySource.get(s.id) ?? []).filter((o) => o.year !== null && (o.kind === 'result' ? o.sourceId === s.id : o.sourceId === s.id || o.planId === s.id));
  const rank = (o: Observation) => [Number(o.kind !== 'result'), LEVEL_ORDER.indexOf(model.places.get(o.placeKey)!.level), Number(!model.indicatorById.get(o.indicatorId)!.main), -o.year!];
  const byRank = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!).find((d) => d !== 0) ?? 0;
  const best = own.map((o) => ({ o, r: rank(o) })).sort((a, b) => byRank(a.r, b.r))[0]?.o;
  if (!best) return card;
  const ind = model.indicatorById.get(best.indicatorId)!;
  const place = model.places.get(best.placeKey)!;
  card.figureLabel = `${ind.nameVi} — ${placeLabel(place)}`;
  card.figure = formatFigure(best, ind.unit);
  delete card.none;
  card.figureYear = t(best.kind === 'target' ? 'share.targetYear' : 'share.year', { year: best.year! });
  if (best.reliability) card.note = t('figures.check');
  if (best.kind === 'result') {
    const h = headlineFigure(model, place, ind);
    if (h && h.observation === best) card.status = { key: h.status, text: h.statusText };
  }
  return card;
}

export interface PageCard {
  /** Site path of the page the card belongs to ("/tinh/01/"). */
  page: string;
  card: ShareCard;
}

/** A news post: its title, date and summary (a post states no figure of its own). */
export function newsShareCard(model: Model, post: NewsPost): ShareCard {
  return shareCard(model, { title: post.title, subtitle: t('share.news', { date: formatDate(post.date) }), figureLine: post.summary });
}

/** Every card of the site: the nation, provinces, communes, emulation clusters, indicators, sources, news. */
export function shareCards(model: Model): PageCard[] {
  const out: PageCard[] = [];
  for (const place of [model.nation, ...model.provinces, ...model.communes, ...model.regions]) out.push({ page: placePath(place)!, card: placeShareCard(model, place) });
  for (const ind of model.indicators) out.push({ page: indicatorPath(ind.id), card: indicatorShareCard(model, ind) });
  for (const s of model.sources) out.push({ page: sourcePath(s.id), card: sourceShareCard(model, s) });
  for (const post of model.news) out.push({ page: newsPostPath(post.slug), card: newsShareCard(model, post) });
  return out;
}

export interface SocialImage {
  ogImage: string;
  ogImageAlt: string;
}

/** Base.astro's `ogImage`/`ogImageAlt`: the card of the page at site path `page`, described by `alt`. */
export const cardImage = (page: string, alt: string): SocialImage => ({ ogImage: href(shareImagePath(page)), ogImageAlt: alt });

/** The card described in words (the image's alt text). */
export function cardAlt(card: ShareCard): string {
  const figure = [card.figureLabel, [card.figure, card.figureYear].filter(Boolean).join(' '), card.status?.text].filter(Boolean).join(', ');
  return t('share.imageAlt', { title: card.title, figure });
}

export const placeImage = (model: Model, place: Place): SocialImage => cardImage(placePath(place)!, cardAlt(placeShareCard(model, place)));
export const indicatorImage = (model: Model, ind: Indicator): SocialImage => cardImage(indicatorPath(ind.id), cardAlt(indicatorShareCard(model, ind)));
export const sourceImage = (model: Model, s: Source): SocialImage => cardImage(sourcePath(s.id), cardAlt(sourceShareCard(model, s)));
export const newsImage = (model: Model, post: NewsPost): SocialImage => cardImage(newsPostPath(post.slug), cardAlt(newsShareCard(model, post)));
