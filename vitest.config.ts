import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Writers and the CLI are exercised end to end; a cold PDF render on two cores takes a while.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
