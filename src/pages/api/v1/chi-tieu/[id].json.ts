/** /api/v1/chi-tieu/<id>.json — one indicator and all its figures (see src/lib/outputs/export/api.ts). */
import type { APIRoute } from 'astro';
import { indicatorApiPath } from '../../../../lib/site/urls.ts';
import { apiResponse } from '../../../../lib/outputs/export/site.ts';
import { getModel } from '../../../../lib/data/site-model.ts';

export function getStaticPaths() {
  return getModel().indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = ({ params }) => apiResponse(indicatorApiPath(params.id!));
