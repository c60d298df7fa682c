/**
 * The build's template workbook and check catalogue, computed once per build from its model: the
 * endpoints and the data page read them here, so the size printed is the size of the bytes served.
 */
import { getModel } from '../../data/site-model.ts';
import { siteConfig } from '../../site/config.ts';
import { href, placePath } from '../../site/urls.ts';
import { templateWorkbook } from '../template/workbook.ts';
import { catalogueJson } from './catalogue.ts';

let template: Promise<Uint8Array<ArrayBuffer>> | undefined;
let catalogue: Uint8Array<ArrayBuffer> | undefined;

export function templateBytes(): Promise<Uint8Array<ArrayBuffer>> {
  template ??= templateWorkbook(getModel(), { version: siteConfig().dataVersion, date: siteConfig().buildDate }).then((b) => new Uint8Array(b));
  return template;
}

export function catalogueBytes(): Uint8Array<ArrayBuffer> {
  catalogue ??= new TextEncoder().encode(
    JSON.stringify(catalogueJson(getModel(), siteConfig().dataVersion, (p) => {
      const path = placePath(p);
      return path ? href(path) : undefined;
    })),
  );
  return catalogue;
}
