import { isPlainObject } from './formatError'

/**
 * A format error as a person reads it: `Component 4 ("Orders DB"): kind must be one of ...; got "x"
 * (at nodes[3].kind)`. People count components from 1 and know them by label; the JSON path stays at the end
 * for those who open the file in an editor. Errors outside nodes and edges keep the `path: detail` form.
 */

const MAX_NAME_SHOWN = 60

export function describeForPeople(root: unknown, path: string, detail: string): string {
  const match = /^(nodes|edges)\[(\d+)\](?:\.(.+)|(\[.+))?$/.exec(path)
  if (!match || !isPlainObject(root)) return path ? `${path}: ${detail}` : detail
  const [, list, indexText, dotted, bracketed] = match
  const index = Number(indexText)
  const items = root[list]
  const item = Array.isArray(items) ? (items[index] as unknown) : undefined
  const subject = list === 'nodes' ? describeNode(index, item) : describeEdge(index, item)
  const field = dotted ?? bracketed ?? ''
  return `${subject}: ${describeDetail(field, detail)} (at ${path})`
}

function describeDetail(field: string, detail: string): string {
  const missing = /^missing \(expected (.*)\)$/s.exec(detail)
  if (missing) return `${field || 'it'} is missing; it must be ${missing[1]}`
  const expected = /^expected (.*), got (.*)$/s.exec(detail)
  if (expected) return `${field || 'it'} must be ${expected[1]}; got ${expected[2]}`
  return field ? `${field}: ${detail}` : detail
}

function describeNode(index: number, node: unknown): string {
  const name = isPlainObject(node) ? (showable(node.label) ?? showable(node.id)) : undefined
  return `Component ${index + 1}${name === undefined ? '' : ` (${JSON.stringify(name)})`}`
}

function describeEdge(index: number, edge: unknown): string {
  if (!isPlainObject(edge)) return `Connection ${index + 1}`
  const source = showable(edge.source)
  const target = showable(edge.target)
  const label = showable(edge.label)
  const ends = source !== undefined && target !== undefined ? `${source} \u2192 ${target}` : undefined
  const name = label !== undefined ? JSON.stringify(label) : ends
  return `Connection ${index + 1}${name === undefined ? '' : ` (${name})`}`
}

/** A short, single-line name, or undefined when the value cannot name anything. */
function showable(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
  if (!clean) return undefined
  return clean.length > MAX_NAME_SHOWN ? `${clean.slice(0, MAX_NAME_SHOWN)}\u2026` : clean
}
