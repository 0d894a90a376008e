import {
  checkArray,
  checkBoolean,
  checkEnum,
  checkFiniteNumber,
  checkId,
  checkKeys,
  checkNumber,
  checkObject,
  checkString,
} from './checks'
import { fail, failExpected, isPlainObject, joinPath } from './formatError'
import type { Access, Consistency, Design, DesignEdge, DesignNode, EdgeMode, RuleSetting, Suppression, Viewport, Workload } from './types'
import { DESIGN_FORMAT, DESIGN_VERSION, READABLE_VERSIONS } from './types'
import { validateNodes } from './validateNodes'
import { canReplicate, getTechnology } from '../catalogue'
import { canBeReplicaPair } from './replication'
import { LIMITS } from './limits'
import { EDGE_RANGES } from './edges'

/**
 * Turns a parsed JSON value into a Design or fails at the first breach of format.md, in a fixed order:
 * format, version, top-level keys, name, description, workload, nodes, edges, rules, suppressions, view.
 * The Design is built fresh from known keys only; nothing of the input object is reused except unknown props.
 */

export const DESIGN_KEYS = [
  '$schema',
  'format',
  'version',
  'name',
  'description',
  'workload',
  'nodes',
  'edges',
  'rules',
  'suppressions',
  'view',
] as const
export const EDGE_KEYS = [
  'id',
  'source',
  'target',
  'mode',
  'access',
  'label',
  'share',
  'optional',
  'consistency',
  'fanOut',
] as const
export const WORKLOAD_KEYS = [
  'monthlyActiveUsers',
  'dailyActiveUsers',
  'requestsPerUserPerDay',
  'readWriteRatio',
  'peakHours',
  'peakShareOfDailyUsers',
  'burstFactor',
] as const
const PEAK_HOURS_KEYS = ['start', 'end'] as const
const SUPPRESSION_KEYS = ['rule', 'target', 'reason'] as const
const VIEW_KEYS = ['viewport'] as const
const VIEWPORT_KEYS = ['x', 'y', 'zoom'] as const
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info']
const MODES: readonly EdgeMode[] = ['sync', 'async', 'replication']
const ACCESSES: readonly Access[] = ['read', 'write', 'read-write']
const CONSISTENCIES: readonly Consistency[] = ['strong', 'eventual']

export function validateDesign(value: unknown): Design {
  if (!isPlainObject(value)) {
    const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
    fail('', `The file is not an Archsight design: expected a JSON object at the top level, got ${got}`)
  }
  if (value.format !== DESIGN_FORMAT) failExpected('format', `"${DESIGN_FORMAT}"`, value.format)
  const version = value.version
  if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_VERSION) {
    fail(
      '',
      `This file was written by a newer Archsight (format version ${version}); this version reads version ` +
        `${DESIGN_VERSION}. Update Archsight to open it.`,
    )
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    failExpected('version', `the integer ${READABLE_VERSIONS.join(' or ')}`, version)
  }
  checkKeys(value, DESIGN_KEYS, '', 'a design')

  const design: Design = { format: DESIGN_FORMAT, version: DESIGN_VERSION, name: '', nodes: [], edges: [] }
  // Where an editor finds the JSON Schema; it has no meaning here, so it is checked and not kept.
  if (value.$schema !== undefined) checkString(value.$schema, '$schema', { max: 2000 })
  design.name = checkString(value.name, 'name', { min: 1, max: LIMITS.nameChars })
  if (value.description !== undefined) design.description = checkString(value.description, 'description', { max: LIMITS.textChars })
  if (value.workload !== undefined) design.workload = validateWorkload(value.workload)
  design.nodes = validateNodes(value.nodes)
  design.edges = validateEdges(value.edges, design.nodes)
  if (value.rules !== undefined) design.rules = validateRules(value.rules)
  if (value.suppressions !== undefined) design.suppressions = validateSuppressions(value.suppressions)
  if (value.view !== undefined) design.view = validateView(value.view)
  return design
}

function validateWorkload(value: unknown): Workload {
  const raw = checkObject(value, 'workload', 'an object describing the workload')
  checkKeys(raw, WORKLOAD_KEYS, 'workload', 'the workload')
  const monthlyActiveUsers = checkNumber(raw.monthlyActiveUsers, 'workload.monthlyActiveUsers', { min: 0 })
  const dailyActiveUsers =
    raw.dailyActiveUsers === undefined
      ? undefined
      : checkNumber(raw.dailyActiveUsers, 'workload.dailyActiveUsers', { min: 0 })
  const requestsPerUserPerDay =
    raw.requestsPerUserPerDay === undefined
      ? undefined
      : checkNumber(raw.requestsPerUserPerDay, 'workload.requestsPerUserPerDay', { exclusiveMin: 0 })
  const readWriteRatio = checkNumber(raw.readWriteRatio, 'workload.readWriteRatio', { exclusiveMin: 0 })
  const workload: Workload = {
    monthlyActiveUsers,
    ...(dailyActiveUsers === undefined ? {} : { dailyActiveUsers }),
    ...(requestsPerUserPerDay === undefined ? {} : { requestsPerUserPerDay }),
    readWriteRatio,
  }
  if (raw.peakHours !== undefined) {
    const path = 'workload.peakHours'
    const hours = checkObject(raw.peakHours, path, 'an object { "start": hour, "end": hour }')
    checkKeys(hours, PEAK_HOURS_KEYS, path, 'peakHours')
    const start = checkNumber(hours.start, `${path}.start`, { min: 0, max: 24, integer: true })
    const end = checkNumber(hours.end, `${path}.end`, { min: 0, max: 24, integer: true })
    if (end <= start) failExpected(`${path}.end`, `an hour after start (${start})`, end)
    workload.peakHours = { start, end }
  }
  if (raw.peakShareOfDailyUsers !== undefined) {
    workload.peakShareOfDailyUsers = checkNumber(raw.peakShareOfDailyUsers, 'workload.peakShareOfDailyUsers', {
      exclusiveMin: 0,
      max: 1,
    })
  }
  if (raw.burstFactor !== undefined) {
    workload.burstFactor = checkNumber(raw.burstFactor, 'workload.burstFactor', { exclusiveMin: 0 })
  }
  return workload
}

function validateEdges(value: unknown, nodes: DesignNode[]): DesignEdge[] {
  const raw = checkArray(value, 'edges', 'an array of edges')
  const nodeById = new Map(nodes.map((n, i) => [n.id, { node: n, index: i }]))
  const edgeIndexById = new Map<string, number>()
  return raw.map((item, index) => {
    const path = `edges[${index}]`
    const edge = validateEdge(item, path)
    const clash = nodeById.get(edge.id)
    if (clash) fail(`${path}.id`, `duplicate id "${edge.id}" (nodes[${clash.index}] has it too)`)
    const earlier = edgeIndexById.get(edge.id)
    if (earlier !== undefined) fail(`${path}.id`, `duplicate id "${edge.id}" (edges[${earlier}] has it too)`)
    edgeIndexById.set(edge.id, index)
    for (const end of ['source', 'target'] as const) {
      const found = nodeById.get(edge[end])
      if (!found) fail(`${path}.${end}`, `expected the id of a node, got "${edge[end]}" (no node has this id)`)
      if (found.node.kind === 'zone') {
        fail(`${path}.${end}`, `expected a node that is not a zone (an edge may not touch a zone), got "${edge[end]}"`)
      }
    }
    if (edge.mode === 'replication') checkReplicationEdge(edge, path, nodeById)
    return edge
  })
}

/** A replica box copies its primary: both ends are stores of one kind and technology (issue 8, point 16). */
function checkReplicationEdge(edge: DesignEdge, path: string, nodeById: Map<string, { node: DesignNode }>): void {
  const source = (nodeById.get(edge.source) as { node: DesignNode }).node
  const target = (nodeById.get(edge.target) as { node: DesignNode }).node
  if (!canReplicate(source.kind)) {
    fail(`${path}.mode`, `"replication" joins two stores (durable stores or caches); "${source.id}" is a ${source.kind}`)
  }
  if (source.id === target.id) fail(`${path}.target`, `a store cannot be its own replica ("${source.id}")`)
  if (!canBeReplicaPair(source, target)) {
    const sourceTech = getTechnology(source).id
    const targetTech = getTechnology(target).id
    fail(
      `${path}.target`,
      `expected a ${source.kind} (${sourceTech}) like its primary "${source.id}", got "${target.id}", a ` +
        `${target.kind} (${targetTech})`,
    )
  }
}

function validateEdge(value: unknown, path: string): DesignEdge {
  const raw = checkObject(value, path, 'an edge object')
  checkKeys(raw, EDGE_KEYS, path, 'an edge')
  const edge: DesignEdge = {
    id: checkId(raw.id, `${path}.id`),
    source: checkId(raw.source, `${path}.source`),
    target: checkId(raw.target, `${path}.target`),
    mode: checkEnum(raw.mode, MODES, `${path}.mode`),
    access: checkEnum(raw.access, ACCESSES, `${path}.access`),
  }
  if (raw.label !== undefined) edge.label = checkString(raw.label, `${path}.label`, { max: LIMITS.labelChars })
  if (raw.share !== undefined) edge.share = checkNumber(raw.share, `${path}.share`, EDGE_RANGES.share)
  if (raw.optional !== undefined) edge.optional = checkBoolean(raw.optional, `${path}.optional`)
  if (raw.consistency !== undefined) {
    edge.consistency = checkEnum(raw.consistency, CONSISTENCIES, `${path}.consistency`)
  }
  if (raw.fanOut !== undefined) edge.fanOut = checkNumber(raw.fanOut, `${path}.fanOut`, EDGE_RANGES.fanOut)
  return edge
}

function validateRules(value: unknown): Record<string, RuleSetting> {
  const raw = checkObject(value, 'rules', 'an object mapping rule ids to "off", "error", "warning" or "info"')
  const rules: Record<string, RuleSetting> = {}
  for (const key of Object.keys(raw)) rules[key] = checkEnum(raw[key], RULE_SETTINGS, joinPath('rules', key))
  return rules
}

function validateSuppressions(value: unknown): Suppression[] {
  const raw = checkArray(value, 'suppressions', 'an array of suppressions')
  return raw.map((item, index) => {
    const path = `suppressions[${index}]`
    const entry = checkObject(item, path, 'an object { "rule", "target", "reason" }')
    checkKeys(entry, SUPPRESSION_KEYS, path, 'a suppression')
    const rule = checkString(entry.rule, `${path}.rule`, { min: 1, max: LIMITS.nameChars })
    const target = entry.target === undefined ? undefined : checkId(entry.target, `${path}.target`)
    const reason = entry.reason
    if (typeof reason !== 'string' || reason.trim() === '') {
      failExpected(`${path}.reason`, 'a non-empty reason (why the finding is accepted)', reason)
    }
    const checked = checkString(reason, `${path}.reason`, { min: 1, max: LIMITS.textChars })
    const suppression: Suppression = target === undefined ? { rule, reason: checked } : { rule, target, reason: checked }
    return suppression
  })
}

function validateView(value: unknown): { viewport?: Viewport } {
  const raw = checkObject(value, 'view', 'an object { "viewport": { "x", "y", "zoom" } }')
  checkKeys(raw, VIEW_KEYS, 'view', 'view')
  if (raw.viewport === undefined) return {}
  const path = 'view.viewport'
  const viewport = checkObject(raw.viewport, path, 'an object { "x": number, "y": number, "zoom": number }')
  checkKeys(viewport, VIEWPORT_KEYS, path, 'the viewport')
  return {
    viewport: {
      x: checkFiniteNumber(viewport.x, `${path}.x`),
      y: checkFiniteNumber(viewport.y, `${path}.y`),
      zoom: checkNumber(viewport.zoom, `${path}.zoom`, { exclusiveMin: 0 }),
    },
  }
}
