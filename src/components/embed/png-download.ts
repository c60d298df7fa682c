/**
 * Browser side of the "Ảnh PNG" button (EmbedControl.astro): the chart's own SVG card (the SVG
 * download: title, summary, chart, legend, notes, the whole source line, credit, address and data
 * version) drawn by the reader's browser at PNG_MIN_WIDTH px or wider, and saved. Nothing is drawn
 * at build time and nothing leaves the page. Without JavaScript the button stays hidden and the
 * SVG link beside it is the download.
 */

/** Wide enough to print or to place in an article. */
export const PNG_MIN_WIDTH = 1200;

/** Width and height of an SVG document's root (every card has both). */
export function svgSize(svgText: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (!(width > 0 && height > 0)) throw new Error('SVG without a size');
  return { width, height };
}

/** The SVG drawn on white, `minWidth` px wide or its own width if wider, as PNG. */
export async function svgToPng(svgText: string, minWidth = PNG_MIN_WIDTH): Promise<Blob> {
  const size = svgSize(svgText);
  const scale = Math.max(1, minWidth / size.width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * scale);
  canvas.height = Math.ceil(size.height * scale);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Fetches the SVG the button names (`data-embed-png`), draws it, saves it as `data-name`. */
export async function downloadPng(button: HTMLButtonElement, status: HTMLElement | null): Promise<void> {
  if (status) status.textContent = button.dataset.making ?? '';
  try {
    const res = await fetch(button.dataset.embedPng!);
    if (!res.ok) throw new Error(String(res.status));
    save(await svgToPng(await res.text()), button.dataset.name!);
    if (status) status.textContent = '';
  } catch {
    if (status) status.textContent = button.dataset.failed ?? '';
  }
}
