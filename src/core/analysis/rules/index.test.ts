import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ALL_RULES, getRule } from './index'

const RULES_DIR = dirname(fileURLToPath(import.meta.url))
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -'.ts'.length))
  .sort()

// The rule ids analysis.md requires; the set may grow, never shrink (designs and CI configs name them).
const REQUIRED_IDS = [
  'single-point-of-failure',
  'zone-single-point-of-failure',
  'load-balancer-without-health-checks',
  'stateful-service-without-sticky-sessions',
  'replication-factor-exceeds-nodes',
  'quorum-needs-three-nodes',
  'async-failover-may-lose-writes',
  'weak-write-durability',
  'consistency-mismatch',
  'cache-without-ttl',
  'cache-without-eviction',
  'cache-as-system-of-record',
  'read-heavy-without-cache',
  'write-heavy-single-primary',
  'queue-without-dead-letter-queue',
  'queue-with-competing-consumers',
  'pubsub-low-replication',
  'pubsub-short-retention',
  'sns-without-dead-letter-queue',
  'non-idempotent-consumer',
  'dual-write',
  'over-capacity',
  'near-capacity',
  'no-headroom-for-failure',
  'serverless-to-relational-db',
  'missing-autoscaling',
  'long-sync-chain',
  'client-to-datastore',
  'no-observability',
  'disconnected-node',
  'unknown-prop',
  'unknown-rule',
  'async-call-without-queue',
  'external-dependency-without-fallback',
]

describe('the rule registry', () => {
  it('registers every rule file, alphabetically by id, and nothing else', () => {
    expect(ALL_RULES.map((r) => r.meta.id)).toEqual(ruleFiles)
  })

  it('has every rule id the spec requires', () => {
    for (const id of REQUIRED_IDS) expect(getRule(id)?.meta.id, id).toBe(id)
  })

  it.each(ruleFiles)('%s has a test file that runs it through testRule', (id) => {
    const testFile = join(RULES_DIR, `${id}.test.ts`)
    expect(existsSync(testFile), `${id}.test.ts is missing`).toBe(true)
    expect(readFileSync(testFile, 'utf8')).toContain('testRule(')
  })

  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('%s documents itself', (_id, rule) => {
    const { meta } = rule
    expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(['error', 'warning', 'info']).toContain(meta.severity)
    expect(meta.category).toMatch(/^[a-z]+$/)
    expect(meta.description).toMatch(/^[A-Z]/)
    expect(meta.description.endsWith('.')).toBe(false)
    expect(meta.description).not.toContain('\n')
    expect(meta.rationale.length).toBeGreaterThan(40)
    expect(typeof rule.check).toBe('function')
  })

  it('returns undefined for an unknown id', () => {
    expect(getRule('no-such-rule')).toBeUndefined()
  })
})
