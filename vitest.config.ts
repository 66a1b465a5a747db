import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/private-tmpdir.ts'],
    testTimeout: 20_000,
  },
});
