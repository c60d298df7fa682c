/**
 * Browser side of ShareLinks.astro: the link to the page copies its address instead of opening
 * it. Only behaviour changes, never the layout (no element appears or changes its words), so the
 * page does not shift as the script runs. No imports; the strings come from data- attributes.
 */
export function enhanceShareLinks(root: ParentNode): void {
  if (!navigator.clipboard) return; // plain http: the link stays a link, to long-press and copy
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.share-links [data-share-copy]')) {
    const status = link.parentElement?.querySelector<HTMLElement>('[role="status"]');
    link.title = link.dataset.copyTitle ?? '';
    link.addEventListener('click', (e) => {
      e.preventDefault();
      navigator.clipboard.writeText(link.href).then(
        () => status && (status.textContent = status.dataset.copied ?? ''),
        () => status && (status.textContent = status.dataset.failed ?? ''),
      );
    });
  }
}
