import fc from 'fast-check'
import { getKindSpec } from '../catalogue'
import type { PropSpec } from '../catalogue'
import type {
  Access,
  Consistency,
  Design,
  DesignEdge,
  DesignNode,
  EdgeMode,
  Kind,
  RuleSetting,
  Suppression,
  Workload,
} from '../design/types'
import { DESIGN_FORMAT, DESIGN_VERSION, KINDS } from '../design/types'

/**
 * fast-check arbitraries for VALID designs (every design they produce passes parseDesign): every kind and
 * technology, catalogue props within their domains (also props of another technology of the kind), queue
 * references, nested zones without parent cycles, edges with self-loops and cycles, unknown props, and
 * optional workload, rules, suppressions and view. Shared by the format's and the analysis's property tests.
 */

export interface DesignArbitraryOptions {
  /** Most nodes in a design (default 12). */
  maxNodes?: number
  /** Most edges (default twice maxNodes). */
  maxEdges?: number
  /** Kinds to draw nodes from (default every kind). */
  kinds?: readonly Kind[]
  /** Add props the catalogue does not know (default true); the analysis reports them as unknown-prop. */
  withUnknownProps?: boolean
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
const RULE_IDS = [
  'single-point-of-failure',
  'cache-without-ttl',
  'queue-without-dead-letter-queue',
  'dual-write',
  'missing-autoscaling',
  'no-observability',
  'unknown-prop',
  'not-a-real-rule',
]
const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info']
const MODES: readonly EdgeMode[] = ['sync', 'async']
const ACCESSES: readonly Access[] = ['read', 'write', 'read-write']
const CONSISTENCIES: readonly Consistency[] = ['strong', 'eventual']

const withoutNegativeZero = (n: number): number => (Object.is(n, -0) ? 0 : n)

/** Mostly readable ids, sometimes any id the format allows. */
export const arbitraryId: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), weight: 4 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/), weight: 1 },
  )
  .filter((id) => !RESERVED.has(id))

const arbitraryCoordinate = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(withoutNegativeZero),
)

const arbitraryText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 10) }))

const arbitraryPositive = fc.oneof(
  fc.integer({ min: 1, max: 100000 }),
  fc.double({ min: 0.001, max: 1e6, noNaN: true }),
)

function arbitraryPropValue(spec: PropSpec, queueIds: readonly string[]): fc.Arbitrary<unknown> {
  let base: fc.Arbitrary<unknown>
  switch (spec.type) {
    case 'integer': {
      const min = spec.min ?? 0
      base = fc.integer({ min, max: min + 40 })
      break
    }
    case 'number':
      base =
        spec.max !== undefined
          ? fc.double({ min: spec.min ?? 0, max: spec.max, noNaN: true }).map(withoutNegativeZero)
          : arbitraryPositive
      break
    case 'boolean':
      base = fc.boolean()
      break
    case 'enum':
      base = fc.constantFrom(...(spec.options ?? []))
      break
    case 'autoscaling':
      base = fc
        .integer({ min: 1, max: 10 })
        .chain((min) => fc.integer({ min, max: min + 30 }).map((max) => ({ min, max })))
      break
    case 'queue-ref':
      return queueIds.length === 0 ? fc.constant(null) : fc.oneof(fc.constant(null), fc.constantFrom(...queueIds))
  }
  return spec.default === null || spec.nullLabel !== undefined ? fc.oneof(fc.constant(null), base) : base
}

// Small JSON values of every shape (fc.jsonValue is ten times slower and may produce "__proto__" keys).
const arbitraryUnknownValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(withoutNegativeZero),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.record({ note: fc.string({ maxLength: 10 }), level: fc.nat(5) }, { noNullPrototype: true }),
)

// Built once: constructing fc.dictionary and fc.stringMatching is costlier than sampling them.
const arbitraryUnknownProps = fc.dictionary(fc.stringMatching(/^x[A-Za-z]{0,8}$/), arbitraryUnknownValue, {
  maxKeys: 2,
  noNullPrototype: true,
})

function arbitraryProps(kind: Kind, queueIds: readonly string[], withUnknown: boolean) {
  const specs = getKindSpec(kind).props
  const known = fc.record(Object.fromEntries(specs.map((s) => [s.key, arbitraryPropValue(s, queueIds)])), {
    requiredKeys: [],
    noNullPrototype: true,
  })
  const unknown = withUnknown ? arbitraryUnknownProps : fc.constant({})
  return fc.option(
    fc.tuple(known, unknown).map(([a, b]) => ({ ...a, ...b }) as Record<string, unknown>),
    { nil: undefined },
  )
}

function arbitraryNode(id: string, index: number, kinds: readonly Kind[], ids: readonly string[], withUnknown: boolean) {
  const kind = kinds[index]
  const zoneIds = ids.filter((_, i) => kinds[i] === 'zone' && (kind !== 'zone' || i < index))
  const queueIds = ids.filter((_, i) => kinds[i] === 'queue')
  const technologies = getKindSpec(kind).technologies.map((t) => t.id)
  return fc
    .record(
      {
        technology: fc.option(fc.constantFrom(...technologies), { nil: undefined }),
        label: fc.option(arbitraryText(40), { nil: undefined }),
        x: arbitraryCoordinate,
        y: arbitraryCoordinate,
        parent: zoneIds.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...zoneIds), { nil: undefined }),
        props: arbitraryProps(kind, queueIds, withUnknown),
      },
      { noNullPrototype: true },
    )
    .map((r): DesignNode => {
      const node: DesignNode = { id, kind, position: { x: r.x, y: r.y } }
      if (r.technology !== undefined) node.technology = r.technology
      if (r.label !== undefined) node.label = r.label
      if (r.parent !== undefined) node.parent = r.parent
      if (r.props !== undefined) node.props = r.props
      return node
    })
}

function arbitraryEdge(id: string, endpoints: readonly string[]): fc.Arbitrary<DesignEdge> {
  return fc
    .record(
      {
        source: fc.constantFrom(...endpoints),
        target: fc.constantFrom(...endpoints),
        mode: fc.constantFrom(...MODES),
        access: fc.constantFrom(...ACCESSES),
        label: fc.option(arbitraryText(30), { nil: undefined }),
        share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map(withoutNegativeZero), { nil: undefined }),
        optional: fc.option(fc.boolean(), { nil: undefined }),
        consistency: fc.option(fc.constantFrom(...CONSISTENCIES), { nil: undefined }),
        fanOut: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
      },
      { noNullPrototype: true },
    )
    .map((r) => {
      const edge: DesignEdge = { id, source: r.source, target: r.target, mode: r.mode, access: r.access }
      if (r.label !== undefined) edge.label = r.label
      if (r.share !== undefined) edge.share = r.share
      if (r.optional !== undefined) edge.optional = r.optional
      if (r.consistency !== undefined) edge.consistency = r.consistency
      if (r.fanOut !== undefined) edge.fanOut = r.fanOut
      return edge
    })
}

export const arbitraryWorkload: fc.Arbitrary<Workload> = fc
  .record(
    {
      monthlyActiveUsers: fc.oneof(fc.integer({ min: 0, max: 500_000_000 }), fc.constant(0)),
      dailyActiveUsers: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
      requestsPerUserPerDay: fc.option(arbitraryPositive, { nil: undefined }),
      readWriteRatio: fc.oneof(arbitraryPositive, fc.constantFrom(0.5, 1, 10, 100)),
      peakHours: fc.option(
        fc.integer({ min: 0, max: 23 }).chain((start) => fc.integer({ min: start + 1, max: 24 }).map((end) => ({ start, end }))),
        { nil: undefined },
      ),
      peakShareOfDailyUsers: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
      burstFactor: fc.option(fc.double({ min: 0.5, max: 10, noNaN: true }), { nil: undefined }),
    },
    { requiredKeys: ['monthlyActiveUsers', 'readWriteRatio'], noNullPrototype: true },
  )
  .map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined)) as unknown as Workload)

function arbitrarySuppressions(ids: readonly string[]): fc.Arbitrary<Suppression[]> {
  const target = ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined })
  const reason = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '')
  return fc.array(
    fc.record({ rule: fc.constantFrom(...RULE_IDS), target, reason }, { noNullPrototype: true }).map((r) => {
      return r.target === undefined ? { rule: r.rule, reason: r.reason } : { rule: r.rule, target: r.target, reason: r.reason }
    }),
    { maxLength: 3 },
  )
}

export function arbitraryDesign(options: DesignArbitraryOptions = {}): fc.Arbitrary<Design> {
  const maxNodes = options.maxNodes ?? 12
  const maxEdges = options.maxEdges ?? maxNodes * 2
  const kindPool = options.kinds ?? KINDS
  const withUnknown = options.withUnknownProps ?? true
  return fc
    .record({ nodeCount: fc.nat({ max: maxNodes }), edgeCount: fc.nat({ max: maxEdges }) })
    .chain(({ nodeCount, edgeCount }) =>
      fc.tuple(
        fc.uniqueArray(arbitraryId, { minLength: nodeCount + edgeCount, maxLength: nodeCount + edgeCount }),
        fc.array(fc.constantFrom(...kindPool), { minLength: nodeCount, maxLength: nodeCount }),
      ),
    )
    .chain(([allIds, kinds]) => {
      const nodeIds = allIds.slice(0, kinds.length)
      const endpoints = nodeIds.filter((_, i) => kinds[i] !== 'zone')
      const edgeIds = endpoints.length === 0 ? [] : allIds.slice(kinds.length)
      return fc.record(
        {
          name: fc.string({ minLength: 1, maxLength: 60 }),
          description: fc.option(arbitraryText(200), { nil: undefined }),
          workload: fc.option(arbitraryWorkload, { nil: undefined }),
          nodes: fc.tuple(...nodeIds.map((id, i) => arbitraryNode(id, i, kinds, nodeIds, withUnknown))),
          edges: fc.tuple(...edgeIds.map((id) => arbitraryEdge(id, endpoints))),
          rules: fc.option(fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...SETTINGS), { noNullPrototype: true }), {
            nil: undefined,
          }),
          suppressions: fc.option(arbitrarySuppressions([...nodeIds, ...edgeIds]), { nil: undefined }),
          viewport: fc.option(
            fc.record({ x: arbitraryCoordinate, y: arbitraryCoordinate, zoom: fc.double({ min: 0.1, max: 4, noNaN: true }) }),
            { nil: undefined },
          ),
        },
        { noNullPrototype: true },
      )
    })
    .map((r) => {
      const design: Design = { format: DESIGN_FORMAT, version: DESIGN_VERSION, name: r.name, nodes: r.nodes, edges: r.edges }
      if (r.description !== undefined) design.description = r.description
      if (r.workload !== undefined) design.workload = r.workload
      if (r.rules !== undefined) design.rules = r.rules
      if (r.suppressions !== undefined) design.suppressions = r.suppressions
      if (r.viewport !== undefined) design.view = { viewport: r.viewport }
      return design
    })
}
