/** /du-lieu/datapackage.json — the Frictionless descriptor of the CSV files. */
import type { APIRoute } from 'astro';
import { publishedData } from '../../lib/outputs/export/site.ts';

export const GET: APIRoute = () => {
  const f = publishedData().byName.get('datapackage.json')!;
  return new Response(f.bytes, { headers: { 'Content-Type': f.mediatype } });
};
