/**
 * The old address of a former province (/tinh/36/ for Tỉnh Nam Định, merged in 2025): a small page
 * that says where it went and forwards to the successor's page, opened at the line that names the
 * former unit. Old links in articles and chats keep working.
 */
import type { Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { currentPlacesOf } from '../model/related-places.ts';
import { placeLabel } from '../present/labels.ts';
import { formerAnchor, placeHref } from '../site/urls.ts';

export interface FormerAddressView {
  title: string;
  text: string;
  successors: { name: string; href: string }[];
  /** Where the page forwards to: the first successor, at the former unit's line. */
  target: string;
}

/** Former provinces whose code no current province has: each gets an old-address page. */
export function formerProvinceAddresses(model: Model): Place[] {
  const current = new Set(model.provinces.map((p) => p.code));
  return model.formerProvinces.filter((p) => !current.has(p.code) && currentPlacesOf(model, p).length > 0);
}

export function formerAddressView(model: Model, former: Place): FormerAddressView {
  const successors = currentPlacesOf(model, former).map((p) => ({ name: p.fullName, href: `${placeHref(p)!}#${formerAnchor('former_province', former.code)}` }));
  return {
    title: placeLabel(former),
    text: t('formerAddress.text', { name: placeLabel(former), now: successors.map((s) => s.name).join(', ') }),
    successors,
    target: successors[0]!.href,
  };
}
