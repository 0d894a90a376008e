import { describe, expect, it } from 'vitest'
import * as simpleIcons from 'simple-icons'
import { KIND_SPECS } from '@core/catalogue'
import { BRAND_MARKS } from './brands'

describe('brand marks', () => {
  it('maps exactly the catalogue brands that the installed simple-icons provides', () => {
    const available = new Set(Object.values(simpleIcons as Record<string, { slug?: string }>).map((icon) => icon.slug))
    const wanted = KIND_SPECS.flatMap((spec) => spec.technologies.map((t) => t.brand)).filter((b): b is string => !!b)
    const expected = wanted.filter((slug) => available.has(slug)).sort()
    expect(Object.keys(BRAND_MARKS).sort()).toEqual([...new Set(expected)])
  })
})
