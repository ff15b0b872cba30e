import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@overdue/source'] },
  ssr: { resolve: { conditions: ['@overdue/source'] } },
});
