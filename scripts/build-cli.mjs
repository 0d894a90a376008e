#!/usr/bin/env node
// Bundles the CLI (src/cli and the core it uses) into one ES module, packages/cli/dist/archsight.mjs, so
// `archsight` starts as plain JavaScript instead of compiling TypeScript through a loader on every call.
// Run by `npm install` (the root package's "prepare") and by `npm run build:cli`. Only @resvg/resvg-js stays
// outside the bundle: it loads a native binary for the platform it is installed on.
import { cpSync, readFileSync, rmSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
// esbuild is a devDependency: an install without them (--omit=dev) still runs prepare, and the CLI then runs
// from source through tsx (bin/archsight.mjs says so) instead of failing the whole install.
let build
try {
  ;({ build } = await import('esbuild'))
} catch {
  console.warn('archsight: esbuild is not installed (--omit=dev?): the CLI will run from source through tsx')
  process.exit(0)
}
const started = performance.now()
const dist = new URL('packages/cli/dist/', root)
// Chunk names carry a content hash: clear the old ones so the package holds only what the entry imports.
rmSync(dist, { recursive: true, force: true })
// Start-up is most of a `lint` call (bench:cli): each command is its own chunk that src/cli/index.ts imports
// when it runs, and minified code is less for node to read and pre-parse.
await build({
  entryPoints: { archsight: new URL('src/cli/bin.ts', root).pathname },
  outdir: dist.pathname,
  outExtension: { '.js': '.mjs' },
  // Beside the entry, not in a subfolder: rulePage.ts finds dist/rules from its own chunk's folder.
  chunkNames: '[name]-[hash]',
  splitting: true,
  minify: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@resvg/resvg-js'],
  define: { __ARCHSIGHT_VERSION__: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node\n// Built from src/cli by scripts/build-cli.mjs; do not edit.' },
  legalComments: 'none',
  logLevel: 'warning',
})
// `archsight rules ID` prints docs/rules/ID.md: the pages travel beside the bundle (dist/rules).
cpSync(new URL('docs/rules', root), new URL('packages/cli/dist/rules', root), { recursive: true })
console.log(`built packages/cli/dist/archsight.mjs (${version}) in ${Math.round(performance.now() - started)} ms`)
