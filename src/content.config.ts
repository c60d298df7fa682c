/**
 * News posts (data/tin-tuc/*.mdx, or the tin-tuc/ folder of DATA_DIR) as a content collection,
 * so Astro's MDX renders their bodies. Their front matter is checked beforehand by the data's
 * validator (src/lib/data/load-news.ts, with Vietnamese messages); pages read titles and dates
 * from the model, and only the body from here. Ids are the file names, the posts' slugs.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteConfig } from './lib/site/config.ts';
import { NEWS_FOLDER } from './lib/data/load-news.ts';

const news = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: pathToFileURL(join(siteConfig().dataDir, NEWS_FOLDER) + '/'),
    generateId: ({ entry }) => entry.replace(/\.mdx$/i, ''),
  }),
});

export const collections = { news };
