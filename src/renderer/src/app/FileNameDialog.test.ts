import { describe, expect, it } from 'vitest'
import { checkFileName } from './FileNameDialog'

describe('save-as file name', () => {
  it('accepts an ordinary name', () => {
    expect(checkFileName('shop checkout.archsight')).toBeNull()
  })

  it('refuses an empty name, folder separators and characters downloads cannot carry', () => {
    expect(checkFileName('   ')).toBe('Give the file a name.')
    expect(checkFileName('designs/shop')).toMatch(/cannot contain/)
    expect(checkFileName('a:b')).toMatch(/cannot contain/)
    expect(checkFileName('x'.repeat(201))).toMatch(/under 200/)
  })
})
