import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { aliases } from './aliases.config'
import react from '@vitejs/plugin-react'

const alias = aliases

// Development-only paths in main (the dev server URL, DevTools) exist only in `electron-vite dev` (src/main/devBuild.ts).
export default defineConfig(({ command }) => ({
  main: {
    resolve: { alias },
    define: { __ARCHSIGHT_DEV__: JSON.stringify(command === 'serve') },
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: ship one CommonJS file that requires only 'electron'.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias },
    plugins: [react()],
    build: { outDir: 'out/renderer', rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    worker: { format: 'es' },
    // As in vite.web.config.ts: ELK is imported only by the layout worker, which `npm run dev` would otherwise
    // discover (and reload the window for) on the first auto-layout.
    optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  },
}))
