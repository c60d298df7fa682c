/** /api/v1/index.json — the API's table of contents (see src/lib/outputs/export/api.ts). */
import type { APIRoute } from 'astro';
import { apiIndexPath } from '../../../lib/site/urls.ts';
import { apiResponse } from '../../../lib/outputs/export/site.ts';

export const GET: APIRoute = () => apiResponse(apiIndexPath);
