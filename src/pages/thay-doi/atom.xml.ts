/** /thay-doi/atom.xml — every release and news post (src/lib/outputs/feeds/feeds.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/data/site-model.ts';
import { siteHistory } from '../../lib/model/changes/site-history.ts';
import { atomResponse, siteFeed } from '../../lib/outputs/feeds/feeds.ts';

export const GET: APIRoute = () => atomResponse(siteFeed(getModel(), siteHistory()));
