import { getKindSpec, isKind } from '../catalogue'
import type { PropSpec } from '../catalogue'
import {
  checkArray,
  checkId,
  checkKeys,
  checkNumber,
  checkObject,
  checkString,
  describeRange,
  isInRange,
} from './checks'
import { fail, failExpected, isPlainObject, joinPath, quoteList } from './formatError'
import type { DesignNode, PropValue } from './types'
import { KINDS } from './types'
import { LIMITS } from './limits'

export const NODE_KEYS = ['id', 'kind', 'technology', 'label', 'position', 'parent', 'props'] as const
const POSITION_KEYS = ['x', 'y'] as const
const AUTOSCALING_KEYS = ['min', 'max'] as const

/** Node shapes first (file order), then what refers across nodes: unique ids, parents, dead-letter queues. */
export function validateNodes(value: unknown): DesignNode[] {
  const raw = checkArray(value, 'nodes', 'an array of nodes')
  const nodes = raw.map((item, index) => validateNode(item, `nodes[${index}]`))
  const indexById = new Map<string, number>()
  nodes.forEach((node, index) => {
    const first = indexById.get(node.id)
    if (first !== undefined) fail(`nodes[${index}].id`, `duplicate id "${node.id}" (nodes[${first}] has it too)`)
    indexById.set(node.id, index)
  })
  checkParents(nodes, indexById)
  checkQueueRefs(nodes, indexById)
  return nodes
}

function validateNode(value: unknown, path: string): DesignNode {
  const raw = checkObject(value, path, 'a node object')
  checkKeys(raw, NODE_KEYS, path, 'a node')
  const id = checkId(raw.id, joinPath(path, 'id'))
  if (!isKind(raw.kind)) failExpected(joinPath(path, 'kind'), `one of ${quoteList(KINDS)}`, raw.kind)
  const kind = raw.kind
  const spec = getKindSpec(kind)
  let technology: string | undefined
  if (raw.technology !== undefined) {
    const options = spec.technologies.map((t) => t.id)
    if (typeof raw.technology !== 'string' || !options.includes(raw.technology)) {
      failExpected(joinPath(path, 'technology'), `one of ${quoteList(options)} for kind "${kind}"`, raw.technology)
    }
    technology = raw.technology
  }
  const label = raw.label === undefined ? undefined : checkString(raw.label, joinPath(path, 'label'), { max: LIMITS.labelChars })
  const position = validatePosition(raw.position, joinPath(path, 'position'))
  const parent = raw.parent === undefined ? undefined : checkId(raw.parent, joinPath(path, 'parent'))
  const props = raw.props === undefined ? undefined : validateProps(raw.props, spec.props, joinPath(path, 'props'))
  // Built in the spec's key order with absent fields left out, so the object reads like the file.
  return {
    id,
    kind,
    ...(technology === undefined ? {} : { technology }),
    ...(label === undefined ? {} : { label }),
    position,
    ...(parent === undefined ? {} : { parent }),
    ...(props === undefined ? {} : { props }),
  }
}

function validatePosition(value: unknown, path: string): { x: number; y: number } {
  const raw = checkObject(value, path, 'an object { "x": number, "y": number }')
  checkKeys(raw, POSITION_KEYS, path, 'a position')
  // Bounded so every picture of a design has a finite size (an SVG of width "Infinity" opens nowhere).
  const bound = { min: -LIMITS.coordinate, max: LIMITS.coordinate }
  const x = checkNumber(raw.x, joinPath(path, 'x'), bound)
  const y = checkNumber(raw.y, joinPath(path, 'y'), bound)
  return { x, y }
}

/**
 * Catalogue props are checked against their spec (also those that only mean something for another technology
 * of the kind: a value is either in the prop's domain or it is not); unknown keys are kept as they came, for
 * forward compatibility, and the unknown-prop rule reports them. The result is a fresh object.
 */
function validateProps(value: unknown, specs: readonly PropSpec[], path: string): Record<string, PropValue> {
  const raw = checkObject(value, path, 'an object of properties')
  // No prototype: a key such as "__proto__" or "constructor" is only ever a prop, never Object's own.
  const props: Record<string, PropValue> = Object.create(null) as Record<string, PropValue>
  for (const key of Object.keys(raw)) {
    const spec = specs.find((s) => s.key === key)
    if (spec) props[key] = validatePropValue(raw[key], spec, joinPath(path, key))
    else props[key] = checkWritable(raw[key], joinPath(path, key)) as PropValue
  }
  return props
}

/**
 * An unknown prop is kept as it came, but only if it writes back as it was read: JSON has no Infinity, and a number
 * too large to represent (1e400) would be saved as null. Its nesting is bounded by the structure guard.
 */
function checkWritable(value: unknown, path: string): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) failExpected(path, 'a number a file can hold', value)
  if (Array.isArray(value)) value.forEach((item, i) => checkWritable(item, joinPath(path, i)))
  else if (isPlainObject(value)) for (const key of Object.keys(value)) checkWritable(value[key], joinPath(path, key))
  return value
}

function isNullable(spec: PropSpec): boolean {
  return spec.default === null || spec.nullLabel !== undefined
}

function validatePropValue(value: unknown, spec: PropSpec, path: string): PropValue {
  const orNull = isNullable(spec) ? ` or null (${spec.nullLabel ?? 'none'})` : ''
  if (value === null) {
    if (isNullable(spec)) return null
  }
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const range = { min: spec.min, exclusiveMin: spec.exclusiveMin, max: spec.max, integer: spec.type === 'integer' }
      if (!isInRange(value, range)) failExpected(path, `${describeRange(range)}${orNull}`, value)
      return value
    }
    case 'boolean':
      if (typeof value !== 'boolean') failExpected(path, `true or false${orNull}`, value)
      return value
    case 'enum': {
      const options = spec.options ?? []
      if (typeof value !== 'string' || !options.includes(value)) failExpected(path, `one of ${quoteList(options)}${orNull}`, value)
      return value
    }
    case 'autoscaling':
      return validateAutoscaling(value, path, orNull)
    case 'queue-ref':
      // Which node it names is checked once every node is known (checkQueueRefs).
      if (typeof value !== 'string') failExpected(path, `the id of a queue node${orNull}`, value)
      return value
  }
}

function validateAutoscaling(value: unknown, path: string, orNull: string): PropValue {
  const what = `{ "min": integer >= 1, "max": integer >= min }${orNull}`
  if (!isPlainObject(value)) failExpected(path, what, value)
  checkKeys(value, AUTOSCALING_KEYS, path, 'autoscaling')
  const range = { min: 1, integer: true }
  if (!isInRange(value.min, range)) failExpected(joinPath(path, 'min'), describeRange(range), value.min)
  const min = value.min
  if (!isInRange(value.max, { min, integer: true })) {
    failExpected(joinPath(path, 'max'), `an integer >= min (${min})`, value.max)
  }
  return { min, max: value.max }
}

function describeNode(node: DesignNode | undefined): string {
  return node ? `(a ${node.kind} node)` : '(no node has this id)'
}

function checkParents(nodes: DesignNode[], indexById: Map<string, number>): void {
  nodes.forEach((node, index) => {
    if (node.parent === undefined) return
    const parent = nodes[indexById.get(node.parent) ?? -1]
    if (parent?.kind !== 'zone') {
      fail(`nodes[${index}].parent`, `expected the id of a zone node, got "${node.parent}" ${describeNode(parent)}`)
    }
  })
  // Every parent is a zone now; follow each chain once, remembering chains already proven to end.
  const settled = new Set<number>()
  for (let start = 0; start < nodes.length; start++) {
    const chain: number[] = []
    const onChain = new Set<number>()
    let current: number | undefined = start
    while (current !== undefined && !settled.has(current)) {
      if (onChain.has(current)) {
        const cycle = chain.slice(chain.indexOf(current))
        const first = Math.min(...cycle)
        const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first]
        const names = rotated.map((i) => nodes[i].id).join(' -> ')
        fail(`nodes[${first}].parent`, `zones contain each other in a cycle: ${names}`)
      }
      onChain.add(current)
      chain.push(current)
      const parent: string | undefined = nodes[current].parent
      current = parent === undefined ? undefined : indexById.get(parent)
    }
    for (const i of chain) settled.add(i)
  }
}

function checkQueueRefs(nodes: DesignNode[], indexById: Map<string, number>): void {
  nodes.forEach((node, index) => {
    const spec = getKindSpec(node.kind)
    for (const prop of spec.props) {
      const ref = node.props?.[prop.key]
      if (prop.type !== 'queue-ref' || typeof ref !== 'string') continue
      const target = nodes[indexById.get(ref) ?? -1]
      if (target?.kind !== 'queue') {
        fail(`nodes[${index}].props.${prop.key}`, `expected the id of a queue node or null, got "${ref}" ${describeNode(target)}`)
      }
    }
  })
}
