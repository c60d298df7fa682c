// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import embedFiles from './src/integrations/embed-files.ts';
import shareCardFiles from './src/integrations/share-cards.ts';
import { siteConfig } from './src/lib/site/config.ts';

// site and base from the one configuration (SITE_URL, SITE_BASE from the deploy workflow: GitHub Pages
// may serve under /<repo>/), so Astro's base and the site's URLs are the same value.
const config = siteConfig();
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // concurrency: render the next page while the previous one is written (measured in npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  // embedFiles writes /nhung/ (embed pages, downloads) from a worker thread started at build start
  // and waits for it at astro:build:done; pagefind indexes the pages at astro:build:done before
  // that wait (hooks run in this order), so the index is built while the last files are written.
  // The index skips /nhung/, which is moved into dist/ only after it. shareCardFiles writes /anh/
  // (share cards) first, while the embed worker is still writing.
  integrations: [mdx(), shareCardFiles(), pagefind(), embedFiles()],
  devToolbar: { enabled: false },
  // Scripts as shared files, never inlined: each page would otherwise carry ~2 KB gzip of the
  // same enhancement code in its HTML, where a citizen moving between communes could not cache it.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Astro's own MDX directive ("use astro:head-inject") in the news posts: harmless, and noise in every build log.
      rollupOptions: { onwarn: (w, warn) => (w.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(w)) },
    },
  },
});
