/** /du-lieu/kiem-tra/danh-muc.json — places, indicators and sources for the browser check. */
import type { APIRoute } from 'astro';
import { catalogueBytes } from '../../../lib/outputs/check/site.ts';

export const GET: APIRoute = () => new Response(catalogueBytes(), { headers: { 'Content-Type': 'application/json' } });
