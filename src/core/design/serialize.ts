import { SCHEMA_ID, type Design, type DesignEdge, type DesignNode, type Workload } from './types'

/**
 * Design -> file text: keys in format.md's order, optional fields left out when undefined, 2-space JSON with
 * a trailing newline. Flat objects (a position, an edge, simple props) stay on one line so a diff shows one
 * change per line. parseDesign(serializeDesign(d)) deep-equals d. The file starts with "$schema" (the schema's
 * $id) so an editor that knows docs/archsight.schema.json validates and completes it.
 */

const INDENT = '  '

export function serializeDesign(design: Design): string {
  return `${formatJson(orderDesign(design), '')}\n`
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const key of keys) {
    const value = source[key]
    if (value !== undefined) out[key] = value as Json
  }
  return out
}

function orderDesign(design: Design): { [key: string]: Json } {
  const out: { [key: string]: Json } = { $schema: SCHEMA_ID, ...pick(design, ['format', 'version', 'name', 'description']) }
  if (design.workload) out.workload = orderWorkload(design.workload)
  out.nodes = design.nodes.map(orderNode)
  out.edges = design.edges.map((edge) =>
    pick<DesignEdge>(edge, ['id', 'source', 'target', 'mode', 'access', 'label', 'share', 'optional', 'consistency', 'fanOut']),
  )
  if (design.rules) out.rules = { ...design.rules }
  if (design.suppressions) out.suppressions = design.suppressions.map((s) => pick(s, ['rule', 'target', 'reason']))
  if (design.view) {
    out.view = design.view.viewport ? { viewport: pick(design.view.viewport, ['x', 'y', 'zoom']) } : {}
  }
  return out
}

function orderWorkload(workload: Workload): { [key: string]: Json } {
  const out = pick(workload, ['monthlyActiveUsers', 'dailyActiveUsers', 'requestsPerUserPerDay', 'readWriteRatio'])
  if (workload.peakHours) out.peakHours = pick(workload.peakHours, ['start', 'end'])
  return { ...out, ...pick(workload, ['peakShareOfDailyUsers', 'burstFactor']) }
}

function orderNode(node: DesignNode): { [key: string]: Json } {
  const out = pick<DesignNode>(node, ['id', 'kind', 'technology', 'label'])
  out.position = pick(node.position, ['x', 'y'])
  if (node.parent !== undefined) out.parent = node.parent
  if (node.props !== undefined) {
    const props: { [key: string]: Json } = {}
    for (const [key, value] of Object.entries(node.props)) {
      if (value !== undefined) props[key] = value as Json
    }
    out.props = props
  }
  return out
}

function formatJson(value: Json, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const isArray = Array.isArray(value)
  const entries: Array<[string | null, Json]> = isArray
    ? value.map((item): [null, Json] => [null, item])
    : Object.entries(value).filter(([, v]) => v !== undefined)
  const [open, close] = isArray ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) return open + close
  const render = (key: string | null, text: string): string => (key === null ? text : `${JSON.stringify(key)}: ${text}`)
  // The design itself is never flat; below it, flat objects and arrays always take one line, so every edge
  // reads as one line whatever its label's length.
  if (indent !== '' && entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const items = entries.map(([k, v]) => render(k, JSON.stringify(v) ?? 'null')).join(', ')
    return isArray ? `[${items}]` : `{ ${items} }`
  }
  const inner = indent + INDENT
  const lines = entries.map(([k, v]) => inner + render(k, formatJson(v, inner)))
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`
}
