#!/usr/bin/env node
// Bundles the CLI (src/cli and the core it uses) into packages/cli/dist, so `archsight` starts as plain
// JavaScript instead of compiling TypeScript through a loader on every call:
//   archsight.cjs     the command (src/cli/launch.ts): compiles main.cjs through main.code-cache and runs it
//   main.cjs          the CLI and its light commands, one CommonJS file (node starts it ~15 ms sooner than
//                     ES modules): lint, explain, failures, rules, diff
//   main.code-cache   V8's compiled code for main.cjs after a `lint` run, made here by running one
//   export.cjs, import.cjs   the heavy commands (SVG/PNG/draw.io/Mermaid, the draw.io importer and its XML
//                     parser), each with its own copy of the core it uses, required when they run: in main.cjs
//                     they doubled what every `lint` reads and what its code cache holds
//   rules/            docs/rules, which `archsight rules ID` prints
// Run by `npm install` (the root package's "prepare") and by `npm run build:cli`. Only @resvg/resvg-js stays
// outside the bundle: it loads a native binary for the platform it is installed on.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = new URL('..', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
// esbuild is a devDependency: an install without them (--omit=dev) still runs prepare, and the CLI then runs
// from source through tsx (bin/archsight.cjs says so) instead of failing the whole install.
let build
try {
  ;({ build } = await import('esbuild'))
} catch {
  console.warn('archsight: esbuild is not installed (--omit=dev?): the CLI will run from source through tsx')
  process.exit(0)
}
const started = performance.now()
const final = fileURLToPath(new URL('packages/cli/dist', root))
// Built beside the old one and swapped in at the end by two renames: a CLI that runs meanwhile (a test while
// package.test.ts rebuilds) finds the old files or the new ones, never a half-written bundle, and no bundle
// only in the instant between the renames (bin/archsight.cjs then runs the source through tsx). Two builds at
// once are not supported: the second rename of one may fail, and that build then exits with the error.
const dist = `${final}.building-${process.pid}/`
const source = (path) => fileURLToPath(new URL(path, root))
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

const options = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Minified code is less for node to read and V8 to scan.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  // `import()` of a bundled module becomes a call; of @resvg/resvg-js (CommonJS), a require().
  supported: { 'dynamic-import': false },
  external: ['@resvg/resvg-js'],
  define: {
    __ARCHSIGHT_VERSION__: JSON.stringify(version),
    // rulePage.ts finds dist/rules from the bundle's folder. version.ts reads import.meta.url only when
    // __ARCHSIGHT_VERSION__ is not defined, which in the bundle it always is.
    'import.meta.dirname': '__dirname',
    'import.meta.url': 'undefined',
  },
}

const HEAVY_COMMANDS = ['export', 'import']
for (const command of HEAVY_COMMANDS) {
  const [bundle] = (await build({ ...options, entryPoints: [source(`src/cli/${command}.ts`)], outfile: `${dist}${command}.cjs` })).outputFiles
  writeFileSync(bundle.path, bundle.text)
}
// index.ts's `import('./export')` becomes `require('./export.cjs')`, which resolves beside main.cjs.
const heavyApart = {
  name: 'heavy-commands-apart',
  setup(onBuild) {
    onBuild.onResolve({ filter: new RegExp(`^\\./(${HEAVY_COMMANDS.join('|')})$`) }, ({ path, importer }) =>
      importer === source('src/cli/index.ts') ? { path: `${path}.cjs`, external: true } : undefined,
    )
  },
}

// The CLI. Its first line names the build, and launch.ts uses a code cache only when made from the same one.
const [main] = (await build({ ...options, plugins: [heavyApart], entryPoints: [source('src/cli/bin.ts')], outfile: `${dist}main.cjs` }))
  .outputFiles
const buildId = createHash('sha256').update(main.contents).digest('hex').slice(0, 32)
writeFileSync(main.path, `//# archsight-build ${buildId}\n// Built from src/cli by scripts/build-cli.mjs; do not edit.\n${main.text}`)

// The command: launch.ts, and a call of launchCli when node runs it as the program (bin/archsight.cjs, the
// repository's command, requires it and calls launchCli itself).
const [launcher] = (
  await build({
    ...options,
    entryPoints: [source('src/cli/launch.ts')],
    outfile: `${dist}archsight.cjs`,
    banner: { js: '#!/usr/bin/env node\n// Built from src/cli/launch.ts by scripts/build-cli.mjs; do not edit.' },
    footer: { js: 'if(require.main===module)module.exports.launchCli(__dirname);' },
  })
).outputFiles
writeFileSync(launcher.path, launcher.text)

// `archsight rules ID` prints docs/rules/ID.md: the pages travel beside the bundle (dist/rules).
cpSync(source('docs/rules'), `${dist}rules`, { recursive: true })

const old = `${final}.old-${process.pid}`
if (existsSync(final)) renameSync(final, old)
renameSync(dist, final)
rmSync(old, { recursive: true, force: true })

// The code cache: V8 can only write what it has compiled, so it is written after a real `lint` (on a template
// with findings, its output thrown away) and holds the functions a lint runs, not only the top level.
const cacheFile = `${final}/main.code-cache`
const launcherPath = `${final}/archsight.cjs`
const warmUp = spawnSync(
  process.execPath,
  [
    '-e',
    `process.argv.splice(1, 0, ${JSON.stringify(launcherPath)});` +
      `require(${JSON.stringify(launcherPath)}).launchCli(${JSON.stringify(`${final}/`)}, { cacheOut: ${JSON.stringify(cacheFile)} })`,
    'lint',
    source('resources/templates/ticketmaster-onsale.archsight'),
  ],
  { encoding: 'utf8' },
)
if ((warmUp.status !== 0 && warmUp.status !== 1) || !existsSync(cacheFile)) {
  throw new Error(`the bundled CLI failed its warm-up lint (exit ${warmUp.status}): ${warmUp.stderr}`)
}
console.log(`built packages/cli/dist (${version}, build ${buildId.slice(0, 8)}) in ${Math.round(performance.now() - started)} ms`)
