import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Builds the bare React Flow page of bench:compare into dist-compare/.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '../../dist-compare'), emptyOutDir: true },
})
