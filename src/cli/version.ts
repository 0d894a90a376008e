import { readFileSync } from 'node:fs'

/** Set by scripts/build-cli.mjs when bundling; absent when the source runs through tsx (tests, benches). */
declare const __ARCHSIGHT_VERSION__: string | undefined

/** The version in package.json: built into the bundle, or read beside the source so it cannot drift. */
export function readPackageVersion(): string {
  if (typeof __ARCHSIGHT_VERSION__ === 'string') return __ARCHSIGHT_VERSION__
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(text) as { version: string }).version
}
