/**
 * The check page's script: reads the chosen or dropped files in the browser, loads the checker and
 * the catalogue only then (the page itself stays small), and prints the problems and the preview.
 * Nothing leaves the machine.
 */
import type { CheckView } from '../../lib/outputs/check/run.ts';
import type { CatalogueJson } from '../../lib/outputs/check/catalogue.ts';

type Strings = Record<string, string>;

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

let catalogue: Promise<CatalogueJson> | undefined;
let checker: Promise<typeof import('../../lib/outputs/check/run.ts')> | undefined;

/** The catalogue and the checker, fetched once: when the person reaches for a file, or drops one. */
function warmUp(url: string): void {
  catalogue ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<CatalogueJson>;
  });
  catalogue.catch(() => (catalogue = undefined));
  checker ??= import('../../lib/outputs/check/run.ts');
}

function render(view: CheckView, s: Strings, out: HTMLElement): void {
  out.replaceChildren();
  if (view.problems.length) {
    const h = el('h2', s.problems!);
    out.append(h, problemList(view.problems.slice(0, SHOWN), 1, s));
    if (view.problems.length > SHOWN) {
      const more = el('details', undefined, 'check-more');
      more.append(el('summary', fill(s.moreProblems!, { count: view.problems.length - SHOWN })), problemList(view.problems.slice(SHOWN), SHOWN + 1, s));
      out.append(more);
    }
  }
  out.append(el('h2', s.preview!));
  if (!view.preview.length) {
    out.append(el('p', s.previewNone!, 'note'));
    return;
  }
  out.append(el('p', s.previewIntro!, 'note'));
  // The first rows shown at once; the rest inside a closed <details>, laid out only when opened:
  // a 1,000-row table costs a phone seconds of layout before anything shows.
  const first = view.preview.slice(0, SHOWN);
  out.append(previewTable(first, s));
  if (view.preview.length > SHOWN) {
    const more = el('details', undefined, 'check-more');
    more.append(el('summary', fill(s.more!, { count: view.preview.length - SHOWN })), previewTable(view.preview.slice(SHOWN), s));
    out.append(more);
  }
}

const SHOWN = 50;

function problemList(problems: CheckView['problems'], start: number, s: Strings): HTMLElement {
  const list = el('ol', undefined, 'check-problems');
  list.start = start;
  for (const p of problems) {
    const li = el('li', undefined, p.error ? 'check-error' : 'check-warning');
    li.append(el('p', `${p.error ? s.error : s.warning} — ${p.at}`, 'check-at'), el('p', p.message));
    const dl = el('dl');
    for (const [label, v] of [[s.found, p.value], [s.expected, p.expected], [s.fix, p.fix]] as const) if (v) dl.append(el('dt', label), el('dd', v));
    li.append(dl, el('p', `EN: ${p.english}`, 'note'));
    list.append(li);
  }
  return list;
}

function previewTable(rows: CheckView['preview'], s: Strings): HTMLElement {
  const wrap = el('div', undefined, 'table-wrap');
  const table = el('table', undefined, 'figs check-preview');
  const head = el('tr');
  for (const c of [s['col.line'], s['col.place'], s['col.figure'], s['col.page']]) head.append(Object.assign(el('th', c), { scope: 'col' }));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const r of rows) {
    const tr = el('tr');
    const fig = el('td');
    fig.dataset.label = s['col.figure']!;
    fig.append(el('span', r.indicator, 'check-ind'), el('strong', r.figure));
    if (r.published) fig.append(el('span', ` (${r.published})`, 'note'));
    const pages = el('td');
    pages.dataset.label = s['col.page']!;
    if (!r.pages.length) pages.append(el('span', s.noPage!, 'note'));
    r.pages.forEach((p, i) => {
      if (i) pages.append(', ');
      pages.append(Object.assign(el('a', p.name), { href: p.href }));
    });
    const line = el('td', r.at);
    line.dataset.label = s['col.line']!;
    const place = el('td', r.place);
    place.dataset.label = s['col.place']!;
    tr.append(line, place, fig, pages);
    table.tBodies[0]!.append(tr);
  }
  wrap.append(table);
  return wrap;
}

async function check(files: File[], form: HTMLElement, status: HTMLElement, out: HTMLElement, s: Strings): Promise<void> {
  if (!files.length) return;
  // Marks for the benchmark (scripts/lib/bench-data.ts): loading, checking, printing.
  performance.clearMarks();
  performance.mark('check:start');
  status.textContent = fill(s.reading!, { file: files.map((f) => f.name).join(', ') });
  out.replaceChildren();
  let loaded;
  try {
    warmUp(form.dataset.catalogue!);
    const needsWorkbook = files.some((f) => /\.xlsx?$/i.test(f.name));
    loaded = await Promise.all([
      checker!,
      catalogue!,
      needsWorkbook ? Promise.all([import('../../lib/data/read-xlsx.ts'), import('@e965/xlsx')]).then(([r, lib]) => r.workbookReader(lib)) : Promise.resolve(undefined),
      Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
    ]);
  } catch (e) {
    catalogue = undefined;
    checker = undefined;
    status.textContent = fill(s.catalogueError!, { detail: e instanceof Error ? e.message : String(e) });
    status.dataset.state = 'error';
    return;
  }
  const [{ runCheck }, json, xlsx, dropped] = loaded;
  performance.mark('check:loaded');
  let view: CheckView;
  try {
    view = runCheck(json, dropped, xlsx);
  } catch (e) {
    // The validator never throws for a mistake in a file: this is a program bug, said as such.
    status.textContent = fill(s.fileError!, { detail: e instanceof Error ? e.message : String(e) });
    status.dataset.state = 'error';
    return;
  }
  performance.mark('check:checked');
  const n = new Intl.NumberFormat('vi-VN');
  const counts = { errors: n.format(view.errors), warnings: n.format(view.warnings), count: n.format(view.preview.length) };
  status.textContent = `${fill(view.errors ? s.failed! : view.warnings ? s.okWarnings! : s.ok!, counts)} ${fill(s.time!, { seconds: (view.ms / 1000).toFixed(2).replace('.', ',') })}${view.errors ? '' : ` ${s.next}`}`;
  status.dataset.state = view.errors ? 'error' : 'ok';
  render(view, s, out);
  performance.mark('check:rendered');
}

export function enhanceCheck(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-check]');
  const input = doc.querySelector<HTMLInputElement>('[data-check-input]');
  const status = doc.querySelector<HTMLElement>('[data-check-status]');
  const out = doc.querySelector<HTMLElement>('[data-check-result]');
  if (!form || !input || !status || !out) return;
  // The page's strings with their {placeholders}, as an attribute: the site has no inline scripts.
  const s = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  form.hidden = false;
  // The file dialog takes the person a few seconds: long enough to load what the check needs.
  for (const type of ['pointerdown', 'focusin', 'dragenter'] as const) form.addEventListener(type, () => warmUp(form.dataset.catalogue!), { once: true });
  input.addEventListener('change', () => void check([...(input.files ?? [])], form, status, out, s));
  form.addEventListener('dragover', (e) => {
    e.preventDefault();
    form.classList.add('is-over');
  });
  form.addEventListener('dragleave', () => form.classList.remove('is-over'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('is-over');
    void check([...(e.dataTransfer?.files ?? [])], form, status, out, s);
  });
}
