/**
 * Finds the first JSON syntax error in a text and says where it is. It runs only after JSON.parse has failed:
 * engines word their errors differently (V8 gives a position, not a line), and people fixing a file by hand
 * need the same line and column in the app, the CLI and every browser. Iterative, so nesting cannot overflow.
 */

export interface JsonSyntaxError {
  offset: number
  message: string
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value' | 'end'

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const WORD = /[A-Za-z0-9_$+.-]+/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /[0-9A-Fa-f]{4}/y

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = []
  let state: State = 'value'
  let i = 0
  const closeValue = (): State => (stack.length === 0 ? 'end' : 'after-value')
  // text[i] closes the innermost container: step past it, and what follows is that container's value ending.
  const closeContainer = (): State => {
    stack.pop()
    i++
    return closeValue()
  }
  for (;;) {
    i = skipWhitespace(text, i)
    if (i >= text.length) {
      return state === 'end' ? null : { offset: i, message: 'Unexpected end of input' }
    }
    const c = text[i]
    switch (state) {
      case 'end':
        return { offset: i, message: `Unexpected ${showToken(text, i)} after the end of the JSON value` }
      case 'value':
      case 'value-or-close': {
        if (c === ']' && state === 'value-or-close') {
          state = closeContainer()
          break
        }
        if (c === '{' || c === '[') {
          stack.push(c)
          state = c === '{' ? 'key-or-close' : 'value-or-close'
          i++
          break
        }
        const end = scanScalar(text, i)
        if (typeof end !== 'number') {
          // In an array, 'value' (not 'value-or-close') means a comma came just before.
          const isTrailingComma = c === ']' && stack[stack.length - 1] === '['
          return isTrailingComma ? { ...end, message: `${end.message} (a trailing comma is not allowed)` } : end
        }
        i = end
        state = closeValue()
        break
      }
      case 'key':
      case 'key-or-close': {
        if (c === '}' && state === 'key-or-close') {
          state = closeContainer()
          break
        }
        if (c !== '"') {
          // 'key' (not 'key-or-close') means a comma came just before.
          const hint = c === '}' ? ' (a trailing comma is not allowed)' : ''
          return { offset: i, message: `Unexpected ${showToken(text, i)}, expected a property name in double quotes${hint}` }
        }
        const end = scanString(text, i)
        if (typeof end !== 'number') return end
        i = end
        state = 'colon'
        break
      }
      case 'colon':
        if (c !== ':') return { offset: i, message: `Unexpected ${showToken(text, i)}, expected ':' after a property name` }
        i++
        state = 'value'
        break
      case 'after-value': {
        const top = stack[stack.length - 1]
        const close = top === '{' ? '}' : ']'
        if (c === ',') {
          state = top === '{' ? 'key' : 'value'
          i++
        } else if (c === close) {
          state = closeContainer()
        } else {
          const where = top === '{' ? 'a property value' : 'an array item'
          return { offset: i, message: `Unexpected ${showToken(text, i)}, expected ',' or '${close}' after ${where}` }
        }
        break
      }
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function getLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function skipWhitespace(text: string, from: number): number {
  let i = from
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break
    i++
  }
  return i
}

function scanScalar(text: string, i: number): number | JsonSyntaxError {
  const c = text[i]
  if (c === '"') return scanString(text, i)
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i
    const match = NUMBER.exec(text)
    if (!match) return { offset: i, message: `Invalid number ${showToken(text, i)}` }
    return i + match[0].length
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length
  }
  return { offset: i, message: `Unexpected ${showToken(text, i)}, expected a value` }
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === 34) return i + 1
    if (code < 32) return { offset: i, message: 'Unescaped control character in a string' }
    if (code === 92) {
      const next = text[i + 1]
      if (next === 'u') {
        HEX4.lastIndex = i + 2
        if (!HEX4.test(text)) return { offset: i, message: 'Invalid \\u escape in a string (expected 4 hex digits)' }
        i += 6
        continue
      }
      if (next === undefined) break
      if (!ESCAPES.has(next)) return { offset: i, message: `Invalid escape ${showToken(text, i, 2)} in a string` }
      i += 2
      continue
    }
    i++
  }
  return { offset: text.length, message: 'Unexpected end of input inside a string' }
}

/** The offending character, or the word it starts (NaN, undefined, 'single'), quoted for the message. */
function showToken(text: string, i: number, length?: number): string {
  if (length !== undefined) return `'${text.slice(i, i + length)}'`
  const code = text.charCodeAt(i)
  if (code < 32 || code === 127) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  WORD.lastIndex = i
  const word = WORD.exec(text)
  const token = word ? word[0] : String.fromCodePoint(text.codePointAt(i) ?? code)
  return `'${token.length > 24 ? `${token.slice(0, 24)}…` : token}'`
}
