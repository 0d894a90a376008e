import { describe, expect, it } from 'vitest'
import { parseTemplateIndex } from './index'

describe('parseTemplateIndex', () => {
  it('accepts a list of entries and refuses what the gallery could not show', () => {
    const entry = { id: 'a', file: 'a.archsight', name: 'A', description: 'An example' }
    expect(parseTemplateIndex([entry])).toEqual({ ok: true, templates: [entry] })
    expect(parseTemplateIndex({})).toEqual({ ok: false, message: 'The template index must be a JSON array' })
    expect(parseTemplateIndex([{ ...entry, name: '' }])).toEqual({
      ok: false,
      message: 'templates[0].name must be a non-empty string',
    })
    expect(parseTemplateIndex([{ ...entry, file: '../secret.archsight' }])).toEqual({
      ok: false,
      message: 'templates[0].file must be a plain .archsight file name',
    })
    expect(parseTemplateIndex([entry, entry])).toEqual({ ok: false, message: 'templates[1].id "a" is listed twice' })
  })
})
