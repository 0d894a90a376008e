import { readFileSync } from 'node:fs'

/** The version in package.json, read beside the source so it cannot drift from what npm installed. */
export function readPackageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(text) as { version: string }).version
}
