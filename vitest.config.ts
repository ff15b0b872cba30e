import { defineConfig } from 'vitest/config';

/**
 * Root configuration: one `vitest run` here runs every workspace project. Each package and example owns
 * a `vitest.config.ts` built with `defineProject` (which sets `resolve.conditions: ['@overdue/source']`
 * so tests read `src` without building); only folders that have one are picked up.
 */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts'],
  },
});
