import { resolve } from 'node:path'
import { aliases } from './aliases.config'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The same renderer as the desktop app, served to a plain browser (the path the Playwright journeys use).
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: { alias: aliases },
  plugins: [react()],
  build: { outDir: resolve('dist-web'), emptyOutDir: true },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
})
