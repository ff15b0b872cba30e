import { defineConfig } from 'vitest/config';

/**
 * Root configuration: one `vitest run` here runs every workspace project. Each package and example owns
 * a `vitest.config.ts` made by `overdueProject()` from `vitest.project.ts` (the shared source condition
 * and test timeout); only folders that have one are picked up.
 */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts'],
  },
});
