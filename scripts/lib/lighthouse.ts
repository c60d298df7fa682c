/**
 * Lighthouse (mobile) on one page of each type, served gzip-compressed with a 10-minute cache as
 * GitHub Pages serves it, in Debian's Chromium. Scores out of 100 per category.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../../tests/browser/static-server.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits below full marks, for the reader of the bench. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(dist: string, paths: string[]): Promise<LighthouseScores[]> {
  const { server, url } = await serveStatic(dist, 0, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const r = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
      if (!r) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((r.lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.entries(r.lhr.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'))
        .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      out.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return out;
}
