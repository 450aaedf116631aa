import './tests/setup/node20';
import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
