import './tests/setup/node20';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { packedData } from './scripts/pack/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), packedData(import.meta.dirname)],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
