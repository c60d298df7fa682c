/** /du-lieu/<bảng>.csv — the bulk tables as CSV (bytes from src/lib/outputs/export/site.ts). */
import type { APIRoute } from 'astro';
import { publishedData } from '../../lib/outputs/export/site.ts';

export function getStaticPaths() {
  return publishedData().tables.map((t) => ({ params: { name: t.name } }));
}

export const GET: APIRoute = ({ params }) => {
  const f = publishedData().byName.get(`${params.name}.csv`)!;
  return new Response(f.bytes, { headers: { 'Content-Type': f.mediatype } });
};
