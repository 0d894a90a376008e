import { describe, expect, it } from 'vitest'
import { findIdLine, SARIF_SCHEMA, toArtifactUri, toSarif, type SarifRuleSource } from './sarif'

const RULES: SarifRuleSource[] = [
  {
    meta: {
      id: 'single-point-of-failure',
      severity: 'error',
      category: 'availability',
      description: 'A node whose loss breaks a flow',
      rationale: 'One machine down takes users down.',
    },
  },
  {
    meta: {
      id: 'cache-without-ttl',
      severity: 'warning',
      category: 'data',
      description: 'A cache with no TTL',
      rationale: 'Stale forever.',
    },
  },
  {
    meta: {
      id: 'no-observability',
      severity: 'info',
      category: 'operations',
      description: 'Nothing is logged',
      rationale: 'Blind in production.',
    },
  },
]

const TEXT = [
  '{',
  '  "nodes": [',
  '    { "id": "web" },',
  '    { "id": "db" },',
  '    { "id": "cache" }',
  '  ]',
  '}',
].join('\n')

interface SarifLog {
  $schema: string
  version: string
  runs: {
    tool: {
      driver: {
        name: string
        rules: {
          id: string
          shortDescription: { text: string }
          fullDescription: { text: string }
          defaultConfiguration: { level: string }
        }[]
      }
    }
    results: {
      ruleId: string
      ruleIndex?: number
      level: string
      message: { text: string }
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
        logicalLocations?: { name: string; kind: string }[]
      }[]
      suppressions?: { kind: string; justification: string }[]
    }[]
  }[]
}

describe('toSarif', () => {
  const log = toSarif(
    [
      {
        file: 'designs/shop.archsight',
        text: TEXT,
        analysis: {
          diagnostics: [
            {
              ruleId: 'single-point-of-failure',
              severity: 'error',
              message: 'db has one instance',
              target: { type: 'node', id: 'db' },
              fix: { title: 'Add a standby' },
            },
            {
              ruleId: 'cache-without-ttl',
              severity: 'warning',
              message: 'no TTL',
              target: { type: 'node', id: 'cache' },
              suppressed: { reason: 'MVP' },
            },
            { ruleId: 'no-observability', severity: 'info', message: 'nothing logged', target: { type: 'design' } },
          ],
        },
      },
      {
        file: 'other dir/b.archsight',
        analysis: {
          diagnostics: [
            { ruleId: 'rule-crashed', severity: 'error', message: 'boom', target: { type: 'edge', id: 'e1' } },
          ],
        },
      },
    ],
    RULES,
    { version: '0.1.0' },
  ) as SarifLog

  it('has the required top-level structure of SARIF 2.1.0', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0].tool.driver.name).toBe('archsight')
    expect(JSON.parse(JSON.stringify(log))).toEqual(log)
  })

  it('describes every rule with its default level', () => {
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id))
    expect(rules[0]).toMatchObject({
      shortDescription: { text: 'A node whose loss breaks a flow' },
      fullDescription: { text: 'One machine down takes users down.' },
      defaultConfiguration: { level: 'error' },
    })
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(['error', 'warning', 'note'])
  })

  it('reports every finding with level, message, file and the node or edge as logical location', () => {
    const results = log.runs[0].results
    expect(results).toHaveLength(4)
    for (const result of results) {
      expect(result.ruleId).toBeTruthy()
      expect(['error', 'warning', 'note']).toContain(result.level)
      expect(result.message.text.length).toBeGreaterThan(0)
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBeTruthy()
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
    }
    const [spof, ttl, design, crashed] = results
    expect(spof).toMatchObject({
      ruleIndex: 0,
      level: 'error',
      message: { text: 'db has one instance. Fix: Add a standby' },
    })
    expect(spof.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'designs/shop.archsight' },
      region: { startLine: 4 },
    })
    expect(spof.locations[0].logicalLocations).toEqual([{ name: 'db', fullyQualifiedName: 'node:db', kind: 'member' }])
    expect(ttl.suppressions).toEqual([{ kind: 'inSource', justification: 'MVP' }])
    expect(ttl.locations[0].physicalLocation.region.startLine).toBe(5)
    expect(spof.suppressions).toBeUndefined()
    expect(design.level).toBe('note')
    expect(design.locations[0].logicalLocations).toBeUndefined()
    expect(crashed.ruleIndex).toBeUndefined()
    expect(crashed.locations[0].physicalLocation.artifactLocation.uri).toBe('other%20dir/b.archsight')
  })
})

describe('toArtifactUri / findIdLine', () => {
  it('makes URIs from relative, absolute and Windows paths', () => {
    expect(toArtifactUri('./a/b.archsight')).toBe('a/b.archsight')
    expect(toArtifactUri('/tmp/x y.archsight')).toBe('file:///tmp/x%20y.archsight')
    expect(toArtifactUri('C:\\d\\e.archsight')).toBe('file:///C:/d/e.archsight')
  })

  it('finds the line declaring an id, literally, and falls back to 1', () => {
    expect(findIdLine(TEXT, 'cache')).toBe(5)
    expect(findIdLine('{"id": "a.b"}\n{"id": "a-b"}', 'a-b')).toBe(2)
    expect(findIdLine(TEXT, 'missing')).toBe(1)
    expect(findIdLine(undefined, 'db')).toBe(1)
  })
})
