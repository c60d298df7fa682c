/** /api/v1/phien-ban.json — the releases of the data (src/lib/outputs/export/releases.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/data/site-model.ts';
import { siteHistory } from '../../../lib/model/changes/site-history.ts';
import { apiContext } from '../../../lib/outputs/export/site.ts';
import { releasesApi } from '../../../lib/outputs/export/releases.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(releasesApi(getModel(), siteHistory(), apiContext(getModel()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
