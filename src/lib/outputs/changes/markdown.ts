/**
 * A diff of the data as Vietnamese Markdown, for `npm run data:diff` in a terminal and for the
 * pull-request check's job summary: figures per place (old → new value, with sources), targets,
 * statuses that change as a result, and the pages affected.
 */
import type { Model } from '../../data/model.ts';
import type { Problem } from '../../data/problems.ts';
import type { ModelDiff } from '../../model/changes/diff.ts';
import { diffView, groupByPlace, type ChangeRowView, type DiffView, type StatusRowView } from '../../present/changes/view.ts';
import { placePath } from '../../site/urls.ts';
import { formatNumber } from '../../present/format/vi.ts';
import { t } from '../../../i18n/index.ts';

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ') || '—';

function valueWithSource(value: string | undefined, source: ChangeRowView['afterSource'], showSource: boolean): string {
  if (value === undefined) return '—';
  return showSource && source ? `${value} · ${source.title}` : value;
}

function figureTable(rows: ChangeRowView[]): string[] {
  const out: string[] = [];
  for (const g of groupByPlace(rows)) {
    out.push(`#### ${g.placeLabel}`, '');
    out.push(`| ${t('diff.md.col.change')} | ${t('diff.md.col.indicator')} | ${t('diff.md.col.year')} | ${t('diff.md.col.before')} | ${t('diff.md.col.after')} |`, '|---|---|---|---|---|');
    for (const r of g.rows) {
      const ind = r.basisText ? `${r.indicatorName} (${r.basisText})` : r.indicatorName;
      out.push(`| ${r.kindText} | ${cell(ind)} | ${cell(r.yearCell)} | ${cell(valueWithSource(r.beforeText, r.beforeSource, true))} | ${cell(valueWithSource(r.afterText, r.afterSource, true))} |`);
    }
    out.push('');
  }
  return out;
}

function statusTable(rows: StatusRowView[]): string[] {
  const out = [`| ${t('diff.md.col.place')} | ${t('diff.md.col.indicator')} | ${t('diff.md.col.before')} | ${t('diff.md.col.after')} |`, '|---|---|---|---|'];
  for (const r of rows) out.push(`| ${cell(r.placeLabel)} | ${cell(r.indicatorName)} | ${r.beforeText} | ${r.afterText} |`);
  return [...out, ''];
}

/** Every page whose content the diff changes, with what it is: places, indicators, sources. */
export function affectedPages(view: DiffView, model: Model): { path: string; label: string }[] {
  const names = new Map<string, string>();
  for (const p of [model.nation, ...model.provinces, ...model.communes, ...model.regions]) names.set(placePath(p)!, p.fullName);
  const pages = new Map<string, string>();
  const rows = [...view.results, ...view.targets];
  for (const r of [...rows, ...view.statuses]) for (const path of r.pagePaths) pages.set(path, names.get(path) ?? '');
  for (const r of [...rows, ...view.statuses]) pages.set(r.indicatorPath, r.indicatorName);
  for (const r of rows) for (const s of [r.beforeSource, r.afterSource]) if (s) pages.set(s.path, s.title);
  return [...pages.entries()].map(([path, label]) => ({ path, label }));
}

export interface DiffMarkdownOptions {
  /** What the working tree is compared with: "HEAD", "origin/main"… */
  ref: string;
  /** Its commit, shortened. */
  sha: string;
  /** Rows at the ref that today's reader leaves out. */
  left: Problem[];
}

/** The whole report. `model` is the working tree's (today's units and names). */
export function diffMarkdown(model: Model, diff: ModelDiff, opts: DiffMarkdownOptions): string {
  const view = diffView(model, diff);
  const count = (rows: ChangeRowView[], kind: string) => formatNumber(rows.filter((r) => r.kind === kind).length);
  const out: string[] = [`## ${t('diff.md.title', { ref: opts.ref, sha: opts.sha })}`, ''];
  const empty = view.results.length + view.targets.length + view.statuses.length === 0;
  out.push(
    empty
      ? t('diff.md.none')
      : t('diff.md.summary', {
          added: count(view.results, 'added'),
          changed: count(view.results, 'changed'),
          removed: count(view.results, 'removed'),
          targets: formatNumber(view.targets.length),
          statuses: formatNumber(view.statuses.length),
        }),
    '',
  );
  if (view.results.length) out.push(`### ${t('diff.md.results')}`, '', ...figureTable(view.results));
  if (view.targets.length) out.push(`### ${t('diff.md.targets')}`, '', ...figureTable(view.targets));
  if (view.statuses.length) out.push(`### ${t('diff.md.statuses')}`, '', t('diff.md.statusesNote'), '', ...statusTable(view.statuses));
  if (!empty) {
    out.push(`### ${t('diff.md.pages')}`, '');
    for (const p of affectedPages(view, model)) out.push(`- \`${p.path}\`${p.label ? ` — ${p.label}` : ''}`);
    out.push('');
  }
  if (opts.left.length) {
    out.push(`### ${t('diff.md.left', { count: formatNumber(opts.left.length), ref: opts.ref })}`, '');
    for (const p of opts.left.slice(0, 20)) out.push(`- ${p.file}${p.line ? `:${p.line}` : ''} — ${p.message.vi}`);
    if (opts.left.length > 20) out.push(`- ${t('diff.md.more', { count: formatNumber(opts.left.length - 20) })}`);
    out.push('');
  }
  return out.join('\n');
}
