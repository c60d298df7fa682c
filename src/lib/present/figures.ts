/**
 * View models for figures: every string a figure table prints, computed once here so components
 * only print. A figure always carries its unit, year, source, quote and a link to its data row.
 */
import type { Model, Observation, Place } from '../data/model.ts';
import { formatDate, formatFigure, formatNumber } from './format/vi.ts';
import { t } from '../../i18n/index.ts';
import { placeLabelWithParents } from './labels.ts';
import type { Relation } from '../model/related-places.ts';
import type { AppliedTarget } from '../model/targets.ts';
import { indicatorHref, placeHref, reportIssueUrl, repositoryFileUrl, sourceHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';

export interface FigureView {
  id: string;
  kind: Observation['kind'];
  kindText: string;
  year: number | null;
  yearText: string;
  valueText: string;
  /** The figure as the source wrote it ("24,464 tỷ đồng"), when the row keeps it: the reader can check the conversion. */
  publishedText?: string;
  basisText?: string;
  ratioText?: string;
  placeLabel: string;
  placeHref?: string;
  indicatorName: string;
  indicatorHref: string;
  relation: Relation;
  isFormer: boolean;
  sourceTitle: string;
  sourceHref: string;
  sourceUrl?: string;
  planTitle?: string;
  planHref?: string;
  quote: string;
  /** Language of the quote (English pages quote the publisher's translation). */
  quoteLang: string;
  note?: string;
  /** "Cần kiểm chứng: …" when the row is marked. */
  reliabilityText?: string;
  /** "Dòng 297, tệp published-figures.csv", linked to the file at that line in the repository. */
  row: { text: string; href: string };
  /** A new issue on the repository with this figure filled in. */
  reportHref: string;
}

export interface AppliedTargetView {
  figure: FigureView;
  levelText: string;
  setterLabel: string;
}

export function figureView(model: Model, o: Observation, relation: Relation = 'self'): FigureView {
  const ind = model.indicatorById.get(o.indicatorId)!;
  const place = model.places.get(o.placeKey)!;
  const source = model.sourceById.get(o.sourceId)!;
  const plan = o.planId ? model.sourceById.get(o.planId) : undefined;
  const label = placeLabelWithParents(model, place);
  const valueText = formatFigure(o, ind.unit);
  const yearText = o.year === null ? t('figures.noYear') : String(o.year);
  const rowHref = repositoryFileUrl(o.origin.file, o.origin.line);
  const v: FigureView = {
    id: o.id,
    kind: o.kind,
    kindText: t(o.kind === 'target' ? 'figures.target' : 'figures.result'),
    year: o.year,
    yearText,
    valueText,
    ...(o.valueAsPublished ? { publishedText: t('figures.asPublished', { text: o.valueAsPublished }) } : {}),
    placeLabel: label,
    indicatorName: ind.nameVi,
    indicatorHref: indicatorHref(ind.id),
    relation,
    isFormer: place.level.startsWith('former_'),
    sourceTitle: source.title + (source.date ? ` (${formatDate(source.date)})` : ''),
    sourceHref: sourceHref(source.id),
    quote: o.quote,
    quoteLang: source.language,
    row: { text: t('figures.row', { line: o.origin.line, file: o.origin.file.split('/').pop()! }), href: rowHref },
    reportHref: reportIssueUrl(
      t('report.figureTitle', { place: place.fullName, indicator: ind.nameVi, year: yearText }),
      t('report.figureBody', { place: label, indicator: ind.nameVi, when: o.year === null ? t('figures.noYear') : t('report.inYear', { year: o.year }), value: valueText, source: source.title, row: rowHref, id: o.id }),
    ),
  };
  const ph = placeHref(place);
  if (ph) v.placeHref = ph;
  if (source.url) v.sourceUrl = source.url;
  if (o.basis) v.basisText = t(`figures.basis.${o.basis}`);
  if (o.numerator !== undefined && o.denominator !== undefined) {
    v.ratioText = t('figures.ratio', { numerator: formatNumber(o.numerator), denominator: formatNumber(o.denominator) });
  }
  // A target quoted from its own plan names the document once.
  if (plan && plan.id !== source.id) {
    v.planTitle = plan.number ?? plan.title;
    v.planHref = sourceHref(plan.id);
  }
  if (o.note) v.note = o.note;
  if (o.reliability) v.reliabilityText = t(`figures.reliability.${o.reliability}`);
  return v;
}

export function byYearThenPlace(a: FigureView, b: FigureView): number {
  return (a.year ?? 0) - (b.year ?? 0) || compareVi(a.placeLabel, b.placeLabel);
}

export function appliedTargetView(model: Model, _place: Place, a: AppliedTarget): AppliedTargetView {
  const levelText =
    a.level === 'own' ? t('targets.own') : a.level === 'national' ? t('targets.national') : t('targets.formerOwn', { name: a.setter.fullName });
  return { figure: figureView(model, a.target), levelText, setterLabel: placeLabelWithParents(model, a.setter) };
}
