/**
 * How a format error is worded: `path: expected X, got Y`, with values shown as short JSON. The validator
 * throws FormatFailure internally to stop at the first error; parseDesign catches it, so nothing escapes.
 */

export interface DesignError {
  /** JSON path of the offending value (`nodes[3].props.instances`); '' for a problem with the whole file. */
  path: string
  /** The full human text, path first: `nodes[3].props.instances: expected an integer >= 1, got 0`. */
  message: string
}

export class FormatFailure extends Error {
  readonly path: string
  /** The message without its path, for wording it around the component it is about (describeForPeople). */
  readonly detail: string

  constructor(path: string, detail: string) {
    super(path ? `${path}: ${detail}` : detail)
    this.path = path
    this.detail = detail
  }
}

export function fail(path: string, detail: string): never {
  throw new FormatFailure(path, detail)
}

export function failExpected(path: string, expected: string, got: unknown): never {
  if (got === undefined) fail(path, `missing (expected ${expected})`)
  fail(path, `expected ${expected}, got ${describeValue(got)}`)
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key
  return `${path}[${JSON.stringify(key)}]`
}

const PREVIEW_LENGTH = 60

/** A short JSON rendering of a value for a message; bounded work even for a huge array. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to represent'
  const out = previewJson(value, PREVIEW_LENGTH + 1)
  return out.length > PREVIEW_LENGTH ? `${out.slice(0, PREVIEW_LENGTH)}…` : out
}

function previewJson(value: unknown, budget: number, depth = 0): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'Infinity'
    const text = JSON.stringify(value) ?? String(value)
    return text.length > budget ? text.slice(0, budget) : text
  }
  if (depth > 4) return Array.isArray(value) ? '[…]' : '{…}'
  const isArray = Array.isArray(value)
  let out = isArray ? '[' : '{'
  const keys = isArray ? [] : Object.keys(value)
  const count = isArray ? (value as unknown[]).length : keys.length
  for (let i = 0; i < count && out.length < budget; i++) {
    if (i > 0) out += ','
    if (isArray) {
      out += previewJson((value as unknown[])[i], budget - out.length, depth + 1)
    } else {
      out += `${JSON.stringify(keys[i])}:`
      out += previewJson((value as Record<string, unknown>)[keys[i]], budget - out.length, depth + 1)
    }
  }
  return out.length < budget ? out + (isArray ? ']' : '}') : out
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function quoteList(options: readonly string[]): string {
  return options.map((o) => JSON.stringify(o)).join(', ')
}
