/** /du-lieu/mau-so-lieu.xlsx — the template workbook, generated from this build's catalogue. */
import type { APIRoute } from 'astro';
import { templateBytes } from '../../lib/outputs/check/site.ts';

export const GET: APIRoute = async () =>
  new Response(await templateBytes(), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
