import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ALIAS_DIRS } from '../aliases.config'

/**
 * The import rules of issue 11 are part of the build (`npm run lint` in `npm test`): these tests prove the
 * configuration catches what it promises to, so a config edit cannot switch a rule off unnoticed.
 */
const root = resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root, ignore: false })

async function ruleIdsFor(path: string, code?: string): Promise<string[]> {
  const results = code === undefined ? await eslint.lintFiles([path]) : await eslint.lintText(code, { filePath: resolve(root, path) })
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message))
}

describe('import rules', () => {
  it('fails on an import cycle', async () => {
    expect(await ruleIdsFor('src/lintFixtures/cycle/a.ts')).toContain('import-x/no-cycle')
  }, 60_000)

  it('a lower renderer folder may not import a higher one', async () => {
    const code = "import { App } from '../app/App'\nexport const x = App\n"
    expect(await ruleIdsFor('src/renderer/src/ui/Probe.tsx', code)).toContain('import-x/no-restricted-paths')
  }, 60_000)

  it('a higher folder imports a lower one through its index, never its files', async () => {
    const good = "import { ModalDialog } from '@renderer/ui'\nexport const x = ModalDialog\n"
    expect(await ruleIdsFor('src/renderer/src/app/Probe.tsx', good)).toEqual([])
    const internal = "import { ModalDialog } from '@renderer/ui/ModalDialog'\nexport const x = ModalDialog\n"
    expect(await ruleIdsFor('src/renderer/src/app/Probe.tsx', internal)).toContain('import-x/no-restricted-paths')
  }, 60_000)

  it('the aliases of the bundlers and of tsconfig agree', () => {
    const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> }
    }
    const fromTsconfig = Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k.replace('/*', ''), v.replace(/^\.\//, '').replace('/*', '')])
    expect(Object.fromEntries(fromTsconfig)).toEqual(ALIAS_DIRS)
  })

  it('core stays platform-free', async () => {
    const code = "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
    expect(await ruleIdsFor('src/core/probe.ts', code)).toContain('no-restricted-imports')
  }, 60_000)
})
