/** /api/v1/index.json — the API's table of contents (see src/lib/export/api.ts). */
import type { APIRoute } from 'astro';
import { apiIndexPath } from '../../../lib/export/api.ts';
import { apiResponse } from '../../../lib/export/site.ts';

export const GET: APIRoute = () => apiResponse(apiIndexPath);
