import { fail, failExpected, isPlainObject, joinPath, quoteList } from './formatError'
import { ID_PATTERN } from './types'

/** Small typed checks shared by the validators; each returns the value or fails with its path. */

export const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export function checkObject(value: unknown, path: string, what: string): Record<string, unknown> {
  if (!isPlainObject(value)) failExpected(path, what, value)
  return value
}

export function checkKeys(record: Record<string, unknown>, allowed: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      fail(joinPath(path, key), `unknown key "${key}" in ${what}; allowed keys are ${allowed.join(', ')}`)
    }
  }
}

export function checkArray(value: unknown, path: string, what: string): unknown[] {
  if (!Array.isArray(value)) failExpected(path, what, value)
  return value
}

/** Length in characters (code points), so an emoji counts once. */
export function countChars(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) count++
    else {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      count++
    }
  }
  return count
}

export function checkString(value: unknown, path: string, options: { min?: number; max: number }): string {
  const min = options.min ?? 0
  const what = min > 0 ? `a string of ${min} to ${options.max} characters` : `a string of at most ${options.max} characters`
  if (typeof value !== 'string') failExpected(path, what, value)
  if (value.length < min) failExpected(path, what, value)
  if (value.length > options.max && countChars(value) > options.max) {
    fail(path, `expected ${what}, got ${countChars(value)} characters`)
  }
  return value
}

export function checkId(value: unknown, path: string): string {
  const what = 'an id of 1 to 64 characters from A-Z a-z 0-9 _ . : -'
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) failExpected(path, what, value)
  if (RESERVED_IDS.has(value)) fail(path, `the id "${value}" is reserved; choose another`)
  return value
}

export function checkFiniteNumber(value: unknown, path: string, what = 'a finite number'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) failExpected(path, what, value)
  return value
}

export interface NumberRange {
  min?: number
  exclusiveMin?: number
  max?: number
  integer?: boolean
}

export function describeRange(range: NumberRange): string {
  const noun = range.integer ? 'an integer' : 'a number'
  if (range.min !== undefined && range.max !== undefined) return `${noun} from ${range.min} to ${range.max}`
  if (range.exclusiveMin !== undefined && range.max !== undefined) {
    return `${noun} > ${range.exclusiveMin} and <= ${range.max}`
  }
  if (range.exclusiveMin !== undefined) return `${noun} > ${range.exclusiveMin}`
  if (range.min !== undefined) return `${noun} >= ${range.min}`
  if (range.max !== undefined) return `${noun} <= ${range.max}`
  return range.integer ? 'an integer' : 'a finite number'
}

export function isInRange(value: unknown, range: NumberRange): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false
  if (range.integer && !Number.isInteger(value)) return false
  if (range.min !== undefined && value < range.min) return false
  if (range.exclusiveMin !== undefined && value <= range.exclusiveMin) return false
  if (range.max !== undefined && value > range.max) return false
  return true
}

export function checkNumber(value: unknown, path: string, range: NumberRange): number {
  if (!isInRange(value, range)) failExpected(path, describeRange(range), value)
  return value
}

export function checkBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') failExpected(path, 'true or false', value)
  return value
}

export function checkEnum<T extends string>(value: unknown, options: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    failExpected(path, `one of ${quoteList(options)}`, value)
  }
  return value as T
}
