/** /chi-tieu/<id>/atom.xml — an indicator's feed. */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/data/site-model.ts';
import { siteHistory } from '../../../lib/model/changes/site-history.ts';
import { atomResponse, indicatorFeed } from '../../../lib/outputs/feeds/feeds.ts';

export function getStaticPaths() {
  return getModel().indicators.map((i) => ({ params: { id: i.id }, props: { id: i.id } }));
}
export const GET: APIRoute = ({ props }) => atomResponse(indicatorFeed(getModel(), siteHistory(), props.id as string));
