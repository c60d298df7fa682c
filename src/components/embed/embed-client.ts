/**
 * Browser side of EmbedControl.astro: shows the "Ảnh PNG" button (png-download.ts) and a copy
 * button next to each embed code. One listener on the document, so controls swapped in later (the
 * map year selector replaces figures in place) work too. The strings come from data- attributes.
 */
import { downloadPng } from './png-download.ts';

function showButtons(root: ParentNode): void {
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-embed-copy][hidden], [data-embed-png][hidden]')) b.hidden = false;
}

async function copy(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http) or permission refused: select the text for the reader.
    area.focus();
    area.select();
    return false;
  }
}

export function enhanceEmbedControls(doc: Document): void {
  showButtons(doc);
  // Figures swapped in by the year selector come with hidden buttons: show them when opened.
  doc.addEventListener('toggle', (e) => showButtons(e.target as ParentNode), true);
  doc.addEventListener('click', (e) => {
    const png = (e.target as Element | null)?.closest<HTMLButtonElement>('[data-embed-png]');
    if (png) {
      void downloadPng(png, png.closest('.chart-embed-links')?.querySelector<HTMLElement>('[role="status"]') ?? null);
      return;
    }
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('[data-embed-copy]');
    const box = button?.closest('.chart-embed-code');
    const area = box?.querySelector('textarea');
    const status = box?.querySelector<HTMLElement>('[role="status"]');
    if (!area || !status) return;
    void copy(area.value, area).then((ok) => {
      status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? '';
    });
  });
}
