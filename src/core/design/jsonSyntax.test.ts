import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, getLineColumn } from './jsonSyntax'

function locate(text: string): string | null {
  const found = findJsonSyntaxError(text)
  if (!found) return null
  const { line, column } = getLineColumn(text, found.offset)
  return `${found.message} at ${line}:${column}`
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, 2))).toBeNull()
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        let isValid = true
        try {
          JSON.parse(text)
        } catch {
          isValid = false
        }
        expect(findJsonSyntaxError(text) === null).toBe(isValid)
      }),
      { numRuns: 2000 },
    )
  })

  it('names the problem and where it is', () => {
    expect(locate('{\n  "a": 1\n')).toBe('Unexpected end of input at 3:1')
    expect(locate('{\n  "a": 1,\n}')).toBe(
      "Unexpected '}', expected a property name in double quotes (a trailing comma is not allowed) at 3:1",
    )
    expect(locate('[1, 2,]')).toBe("Unexpected ']', expected a value (a trailing comma is not allowed) at 1:7")
    expect(locate('{"a": }')).toBe("Unexpected '}', expected a value at 1:7")
    expect(locate('{"a" 1}')).toBe("Unexpected '1', expected ':' after a property name at 1:6")
    expect(locate("{'a': 1}")).toBe("Unexpected ''', expected a property name in double quotes at 1:2")
    expect(locate('{"a": undefined}')).toBe("Unexpected 'undefined', expected a value at 1:7")
    expect(locate('{"a": "x\ty"}')).toBe('Unescaped control character in a string at 1:9')
    expect(locate('{"a": "\\q"}')).toBe("Invalid escape '\\q' in a string at 1:8")
    expect(locate('{"a": 1} {}')).toBe("Unexpected '{' after the end of the JSON value at 1:10")
    expect(locate('{"a": "open')).toBe('Unexpected end of input inside a string at 1:12')
    expect(locate('[1 2]')).toBe("Unexpected '2', expected ',' or ']' after an array item at 1:4")
  })

  it('does not overflow the stack on deep nesting', () => {
    expect(locate('['.repeat(300_000))).toBe('Unexpected end of input at 1:300001')
  })
})
