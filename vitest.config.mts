import { aliases } from './aliases.config'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30000,
  },
})
