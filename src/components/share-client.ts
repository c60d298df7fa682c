/**
 * Browser side of ShareLinks.astro: a copy button instead of the plain address link, and the
 * system's share sheet where there is one (navigator.share: phones, some desktops). No imports;
 * the strings come from data- attributes.
 */
export function enhanceShareLinks(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.share-links')) {
    const status = box.querySelector<HTMLElement>('[role="status"]');
    const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
    const link = box.querySelector<HTMLElement>('[data-share-link]');
    if (copy && link && navigator.clipboard) {
      link.hidden = true;
      copy.hidden = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(copy.dataset.url!).then(
          () => status && (status.textContent = status.dataset.copied ?? ''),
          () => status && (status.textContent = status.dataset.failed ?? ''),
        );
      });
    }
    const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title: native.dataset.title!, url: native.dataset.url! }).catch(() => undefined);
      });
    }
  }
}
