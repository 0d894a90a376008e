import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateKindIcons, ICONS_FILE } from '../../../scripts/kind-icons'
import { KIND_SPECS } from '../catalogue'
import { ICONS } from './kindIcons'

describe('kindIcons', () => {
  it('has a glyph for every kind in the catalogue', () => {
    for (const spec of KIND_SPECS) expect(ICONS[spec.icon]?.length, spec.kind).toBeGreaterThan(0)
  })

  it('is what scripts/kind-icons.ts generates from lucide-react (run it with --write when this fails)', async () => {
    expect(readFileSync(ICONS_FILE, 'utf8')).toBe(await generateKindIcons())
  })
})
