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
  // ELK is imported only by the layout worker, which the dev server's dependency scan does not follow: it found
  // the package on the first auto-layout, re-bundled and reloaded the page, and that first layout failed with
  // "the layout worker failed to start". Named here, it is pre-bundled with the rest before the page loads.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
})
