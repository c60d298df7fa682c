/** /cum-thi-dua/<code>/atom.xml — an emulation cluster's feed. */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/data/site-model.ts';
import { siteHistory } from '../../../lib/model/changes/site-history.ts';
import { atomResponse, placeFeed } from '../../../lib/outputs/feeds/feeds.ts';

export function getStaticPaths() {
  return getModel().regions.map((r) => ({ params: { code: r.code }, props: { key: r.key } }));
}
export const GET: APIRoute = ({ props }) => atomResponse(placeFeed(getModel(), siteHistory(), getModel().places.get(props.key as string)!));
