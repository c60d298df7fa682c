/**
 * The compare page in the browser: reads `?ma=` (src/lib/site/compare-url.ts), fetches the API
 * index and each place's file, prints the view (render.ts) and keeps the address in step with the
 * places chosen, so the page can be shared as it is. Files are fetched once per page.
 */
import { compareView, comparedLabel, type ComparedPlace } from '../../lib/page-models/compare-page.ts';
import { localPath, type ApiIndexFile, type ApiPlaceFile, type ApiUnitRef } from '../../lib/page-models/compare-api.ts';
import { COMPARE_PARAM, MAX_COMPARED, MIN_COMPARED, compareSlug, compareSlugs, parseCompareSlug } from '../../lib/site/compare-url.ts';
import { compareVi } from '../../lib/text/collate.ts';
import { esc } from '../../lib/present/charts/svg.ts';
import { t } from '../../i18n/index.ts';
import { enhanceCharts } from '../charts/enhance.ts';
import { renderBody } from './render.ts';

class NotFound extends Error {}

const files = new Map<string, Promise<ApiPlaceFile>>();

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status === 404) throw new NotFound(url);
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

export function startCompare(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const status = q<HTMLElement>('[data-compare-status]');
  const body = q<HTMLElement>('[data-compare-body]');
  const chips = q<HTMLElement>('[data-compare-chips]');
  const form = q<HTMLFormElement>('[data-compare-add]');
  const top = q<HTMLSelectElement>('[data-top]');
  const sub = q<HTMLSelectElement>('[data-sub]');
  const base = (doc.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');
  const placeUrl = (slug: string) => {
    const p = parseCompareSlug(slug)!;
    return root.dataset.place!.replace('{level}', p.level).replace('{code}', p.code);
  };
  const fileOf = (slug: string) => {
    let f = files.get(slug);
    if (!f) files.set(slug, (f = getJson<ApiPlaceFile>(placeUrl(slug))));
    f.catch(() => files.delete(slug));
    return f;
  };
  const index = getJson<ApiIndexFile>(root.dataset.index!);

  let current: string[] = [];

  function go(slugs: string[]): void {
    const url = new URL(location.href);
    if (slugs.length) url.searchParams.set(COMPARE_PARAM, slugs.join(','));
    else url.searchParams.delete(COMPARE_PARAM);
    // Commas stay readable in the address (they are allowed in a query).
    history.pushState(null, '', url.href.replace(/%2C/gi, ','));
    document.dispatchEvent(new CustomEvent('xhht:address'));
    void show();
  }

  function chip(p: ComparedPlace): string {
    const label = comparedLabel(p.file);
    return `<li><a href="${esc(localPath(p.file.place.page_url))}">${esc(label)}</a> <button type="button" class="compare-remove" data-remove="${esc(p.slug)}" aria-label="${esc(t('compare.removeLabel', { name: label }))}">${esc(t('compare.remove'))}</button></li>`;
  }

  async function show(): Promise<void> {
    const messages: string[] = [];
    let slugs = compareSlugs(new URL(location.href).searchParams.get(COMPARE_PARAM));
    const unknown = slugs.filter((s) => !parseCompareSlug(s));
    for (const s of unknown) messages.push(t('compare.unknown', { slug: s }));
    // A mistyped or missing place does not take the place of one that can be shown: the first four found are kept.
    slugs = slugs.filter((s) => parseCompareSlug(s)).slice(0, 2 * MAX_COMPARED);
    current = slugs;
    status.textContent = t('compare.loading');
    let loaded: ComparedPlace[] = [];
    let idx: ApiIndexFile;
    try {
      idx = await index;
      const results = await Promise.allSettled(slugs.map(fileOf));
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') loaded.push({ slug: slugs[i]!, file: r.value });
        else messages.push(r.reason instanceof NotFound ? t('compare.notFound', { slug: slugs[i]! }) : t('compare.failed', { detail: String(r.reason) }));
      });
    } catch (e) {
      status.textContent = t('compare.failed', { detail: String(e) });
      return;
    }
    if (loaded.length > MAX_COMPARED) {
      messages.push(t('compare.tooMany', { list: loaded.slice(MAX_COMPARED).map((p) => p.slug).join(', ') }));
      loaded = loaded.slice(0, MAX_COMPARED);
    }
    if (current !== slugs) return; // a later choice is being shown
    current = loaded.map((p) => p.slug);
    if (loaded.length < MIN_COMPARED) messages.push(t('compare.tooFew'));
    chips.innerHTML = loaded.map(chip).join('');
    const view = compareView(loaded, idx);
    if (loaded.length) {
      body.innerHTML = renderBody(doc, view, (id) => `${base}chi-tieu/${id}/`);
      enhanceCharts(body);
      // The heading stays (renaming it would move the page under the reader); the title names the places.
      doc.title = `${view.title} — ${doc.title.split(' — ').pop()}`;
    } else body.innerHTML = '';
    status.innerHTML = [loaded.length ? esc(t('compare.loaded', { count: loaded.length })) : '', ...messages.map(esc)].filter(Boolean).map((m) => `<span>${m}</span>`).join(' ');
    fillTop(idx);
  }

  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const group = (label: string, items: string[]) => (items.length ? `<optgroup label="${esc(label)}">${items.join('')}</optgroup>` : '');
  const byName = <T>(list: T[], name: (x: T) => string) => [...list].sort((a, b) => compareVi(name(a), name(b)));

  function fillTop(idx: ApiIndexFile): void {
    if (top.options.length > 1) return;
    const slugOf = (p: { level: string; code: string }) => compareSlug(p)!;
    const nation = idx.places.find((p) => p.level === 'national');
    top.innerHTML =
      option('', t('compare.add.choose')) +
      (nation ? option(slugOf(nation), t('place.nation')) : '') +
      group(t('compare.add.groupProvinces'), byName(idx.places.filter((p) => p.level === 'province'), (p) => p.full_name).map((p) => option(slugOf(p), p.full_name))) +
      group(t('compare.add.groupRegions'), byName(idx.places.filter((p) => p.level === 'region'), (p) => p.full_name).map((p) => option(slugOf(p), p.full_name))) +
      group(t('compare.add.groupFormer'), byName(idx.former_places ?? [], (p) => p.label).map((p) => option(slugOf(p), p.label)));
    top.disabled = false;
  }

  async function fillSub(): Promise<void> {
    sub.innerHTML = option('', t('compare.add.choose'));
    sub.disabled = true;
    const slug = top.value;
    if (parseCompareSlug(slug)?.level !== 'province') return;
    const file = await fileOf(slug);
    if (top.value !== slug) return;
    const units: ApiUnitRef[] = [...(file.former_units ?? []), ...(file.former_districts ?? [])].filter((u) => u.api_url);
    sub.innerHTML =
      option('', t('compare.add.whole', { name: file.place.full_name })) +
      group(t('compare.add.groupCommunes'), (file.communes ?? []).map((c) => option(`xa-${c.code}`, c.full_name))) +
      group(t('compare.add.groupFormerUnits'), byName(units, (u) => u.label ?? u.code).map((u) => option(compareSlug(u)!, u.label ?? u.code)));
    sub.disabled = false;
  }

  top.addEventListener('change', () => void fillSub().catch(() => undefined));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const slug = sub.value || top.value;
    if (!slug) return;
    if (current.includes(slug)) status.textContent = t('compare.add.already', { name: (sub.selectedOptions[0]?.value ? sub : top).selectedOptions[0]?.textContent ?? slug });
    else if (current.length >= MAX_COMPARED) status.textContent = t('compare.add.full');
    else go([...current, slug]);
  });
  chips.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    go(current.filter((s) => s !== button.dataset.remove));
    top.focus(); // the button is gone: focus stays in the places section

  });
  addEventListener('popstate', () => {
    document.dispatchEvent(new CustomEvent('xhht:address'));
    void show();
  });
  void show();
}
