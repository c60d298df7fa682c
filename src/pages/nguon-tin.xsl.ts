/** /nguon-tin.xsl — how a browser shows a feed opened as a page (src/lib/outputs/feeds/stylesheet.ts). */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/outputs/feeds/stylesheet.ts';

export const GET: APIRoute = () => new Response(feedStylesheet(), { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
