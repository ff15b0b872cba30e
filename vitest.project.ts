import { defineProject } from 'vitest/config';

/**
 * The settings every package and example project shares; each `vitest.config.ts` is
 * `export default overdueProject()`.
 *
 * - `@overdue/source` makes tests read `src` without building.
 * - `testTimeout` is a hang guard, not a speed check: speed is measured in `pnpm bench`, never in unit
 *   tests, and the heavier property and calendar tests take seconds when CI shares its two cores.
 */
export function overdueProject() {
  return defineProject({
    resolve: { conditions: ['@overdue/source'] },
    ssr: { resolve: { conditions: ['@overdue/source'] } },
    test: { testTimeout: 60_000 },
  });
}
