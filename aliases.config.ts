import { resolve } from 'node:path'

/**
 * The import aliases, for every bundler config (electron-vite, the web build, vitest). tsconfig.base.json's
 * `paths` says the same for the type checker and ESLint's resolver; src/lintRules.test.ts keeps the two equal.
 * The renderer imports another folder only through its index (`@renderer/canvas`), core and shared through
 * `@core/...` and `@shared/...`; relative paths stay inside one folder.
 */
export const ALIAS_DIRS = { '@core': 'src/core', '@shared': 'src/shared', '@renderer': 'src/renderer/src' } as const

export const aliases: Record<string, string> = Object.fromEntries(
  Object.entries(ALIAS_DIRS).map(([name, dir]) => [name, resolve(import.meta.dirname, dir)]),
)
