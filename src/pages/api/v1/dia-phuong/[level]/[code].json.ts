/** /api/v1/dia-phuong/<level>/<code>.json — one place, current or former (see src/lib/outputs/export/api.ts). */
import type { APIRoute } from 'astro';
import { allApiPlaces } from '../../../../../lib/outputs/export/api.ts';
import { placeApiPath } from '../../../../../lib/site/urls.ts';
import { apiResponse } from '../../../../../lib/outputs/export/site.ts';
import { getModel } from '../../../../../lib/data/site-model.ts';

export function getStaticPaths() {
  return allApiPlaces(getModel()).map((p) => ({ params: { level: p.level, code: p.code } }));
}

export const GET: APIRoute = ({ params }) => apiResponse(placeApiPath({ level: params.level!, code: params.code! }));
