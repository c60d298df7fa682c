import { defineConfig } from 'vitest/config';

// Unit tests: pure modules, fixtures, snapshots. Browser tests have their own config
// (vitest.browser.config.ts) because they need a built site.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
