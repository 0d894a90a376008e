import { fail, isPlainObject, joinPath } from './formatError'
import { describeTooMany, LIMITS } from './limits'
import type { Design } from './types'
import { validateDesign } from './validate'

/**
 * A pass over the raw JSON value before any validation reads it: refuses keys that could alter objects in a
 * program that copies the data (`__proto__`, `constructor`, `prototype`, prototype pollution) and nesting far
 * deeper than a design needs (serialising or comparing it recursively would overflow the stack). JSON.parse
 * stores a `"__proto__"` key as a plain own property, so nothing is polluted before this pass refuses it.
 * Iterative and in document order, so the first problem reported is deterministic.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** A design nests 5 levels (design > nodes > node > props > autoscaling); unknown props get room to spare. */
export const MAX_NESTING = LIMITS.nesting

interface Frame {
  value: unknown
  parent: Frame | null
  key: string | number
  depth: number
}

export function assertSafeStructure(root: unknown): void {
  const stack: Frame[] = [{ value: root, parent: null, key: '', depth: 0 }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const { value, depth } = frame
    if (typeof value !== 'object' || value === null) continue
    if (depth >= MAX_NESTING) {
      fail(pathOf(frame), `objects and arrays nest more than ${MAX_NESTING} levels deep; a design needs far fewer`)
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 })
      continue
    }
    const keys = Object.keys(value)
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        fail(pathOf({ value: null, parent: frame, key, depth }), `the key "${key}" is not allowed in a design file`)
      }
    }
    const record = value as Record<string, unknown>
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: record[keys[i]], parent: frame, key: keys[i], depth: depth + 1 })
    }
  }
}

function pathOf(frame: Frame): string {
  const keys: Array<string | number> = []
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) keys.push(f.key)
  let path = ''
  for (let i = keys.length - 1; i >= 0; i--) path = joinPath(path, keys[i])
  return path
}

/**
 * Every untrusted value becomes a Design through here, whatever brought it (a file, a PNG's chunk, pasted
 * components): the counts, the structure guard, then the format's validation. Throws FormatFailure.
 */
export function checkUntrustedDesign(value: unknown): Design {
  if (isPlainObject(value)) {
    if (Array.isArray(value.nodes) && value.nodes.length > LIMITS.nodes) {
      fail('nodes', describeTooMany(value.nodes.length, 'components'))
    }
    if (Array.isArray(value.edges) && value.edges.length > LIMITS.edges) {
      fail('edges', describeTooMany(value.edges.length, 'connections'))
    }
  }
  assertSafeStructure(value)
  return validateDesign(value)
}
