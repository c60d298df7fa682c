import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/: file checks (tests/built) and real Chromium (tests/browser,
// Debian /usr/bin/chromium via playwright-core).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/built/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
