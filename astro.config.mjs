// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import embedFiles from './src/integrations/embed-files.ts';

// SITE_URL and SITE_BASE come from the deploy workflow (GitHub Pages may serve under /<repo>/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // concurrency: render the next page while the previous one is written (measured in npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  // embedFiles writes /nhung/ (embed pages, downloads) from a worker started at build start.
  // pagefind last: it indexes the finished dist/ at astro:build:done.
  integrations: [mdx(), embedFiles(), pagefind()],
  devToolbar: { enabled: false },
});
