// Vitest configuration: unit, property, emulator and bundle-in-sandbox tests (e2e runs separately).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30000,
    pool: 'forks',
  },
});
