import { aliases } from './aliases.config'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Worker threads rather than Vitest's default child processes: the same 148 files and 1,363 tests took about
    // 16 % less CPU (139 s against 165 s user + system, measured side by side on the 2-core machine), and no test
    // needs a process of its own (none changes directory or exits).
    pool: 'threads',
    testTimeout: 30000,
  },
})
