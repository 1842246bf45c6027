import { defineConfig } from 'vitest/config';

// Unit and API tests: real SQLite files and real HTTP. Browser journeys live in
// tests/browser/*.spec.ts and run under Playwright instead.
export default defineConfig({
  test: {
    include: ['{domain,db,server,widget,admin,tests,scripts}/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'tests/browser/**'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
