/**
 * Browser side of Citation.astro: the reader's access date and a copy button. No imports, so
 * the page ships a few hundred bytes, not the UI strings (they come from data- attributes).
 */

/** A date in the reader's time zone as dd/mm/yyyy. */
export function accessDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(now.getDate())}/${p(now.getMonth() + 1)}/${now.getFullYear()}`;
}

export function enhanceCitations(root: ParentNode, now: Date): void {
  for (const box of root.querySelectorAll<HTMLElement>('.citation')) {
    const accessed = box.querySelector<HTMLElement>('[data-cite-accessed]');
    const time = accessed?.querySelector('time');
    if (accessed && time) {
      time.dateTime = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      time.textContent = accessDate(now);
      accessed.hidden = false;
    }
    const button = box.querySelector<HTMLButtonElement>('[data-cite-copy]');
    const text = box.querySelector<HTMLElement>('.cite-text');
    const status = box.querySelector<HTMLElement>('[data-cite-status]');
    if (!button || !text || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText((text.textContent ?? '').replace(/\s+/g, ' ').trim()).then(
        () => {
          if (status) status.textContent = status.dataset.copied ?? '';
        },
        () => undefined,
      );
    });
  }
}
