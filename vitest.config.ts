import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: ['test/machine/**'] } },
      // Tests that change machine-wide state (Chromium's managed policy directory): run alone, after `main`.
      { extends: true, test: { name: 'machine', include: ['test/machine/**/*.test.ts'] } },
    ],
  },
});
