import { defineConfig } from 'vitest/config';

// Real Chromium (Debian /usr/bin/chromium via playwright-core) against the built site in dist/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
