/** Serves the already-built dist/ (built by `npm test` before this runs) for every browser test. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

export default async function setup(project: TestProject) {
  const root = resolve(process.env.SITE_DIST ?? 'dist');
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`No built site in ${root}: run npm run build first`);
  const { server, url } = await serveStatic(root);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
