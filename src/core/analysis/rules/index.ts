import type { Rule } from '../types'
import { asyncCallWithoutQueue } from './async-call-without-queue'
import { asyncFailoverMayLoseWrites } from './async-failover-may-lose-writes'
import { cacheAsSystemOfRecord } from './cache-as-system-of-record'
import { cacheWithoutEviction } from './cache-without-eviction'
import { cacheWithoutTtl } from './cache-without-ttl'
import { clientToDatastore } from './client-to-datastore'
import { consistencyMismatch } from './consistency-mismatch'
import { disconnectedNode } from './disconnected-node'
import { dualWrite } from './dual-write'
import { externalDependencyWithoutFallback } from './external-dependency-without-fallback'
import { loadBalancerWithoutHealthChecks } from './load-balancer-without-health-checks'
import { longSyncChain } from './long-sync-chain'
import { missingAutoscaling } from './missing-autoscaling'
import { nearCapacity } from './near-capacity'
import { noHeadroomForFailure } from './no-headroom-for-failure'
import { noObservability } from './no-observability'
import { nonIdempotentConsumer } from './non-idempotent-consumer'
import { overCapacity } from './over-capacity'
import { pubsubLowReplication } from './pubsub-low-replication'
import { pubsubShortRetention } from './pubsub-short-retention'
import { queueWithCompetingConsumers } from './queue-with-competing-consumers'
import { queueWithoutDeadLetterQueue } from './queue-without-dead-letter-queue'
import { quorumNeedsThreeNodes } from './quorum-needs-three-nodes'
import { readHeavyWithoutCache } from './read-heavy-without-cache'
import { replicationFactorExceedsNodes } from './replication-factor-exceeds-nodes'
import { serverlessToRelationalDb } from './serverless-to-relational-db'
import { singlePointOfFailure } from './single-point-of-failure'
import { snsWithoutDeadLetterQueue } from './sns-without-dead-letter-queue'
import { statefulServiceWithoutStickySessions } from './stateful-service-without-sticky-sessions'
import { unknownProp } from './unknown-prop'
import { unknownRule } from './unknown-rule'
import { weakWriteDurability } from './weak-write-durability'
import { writeHeavySinglePrimary } from './write-heavy-single-primary'
import { zoneSinglePointOfFailure } from './zone-single-point-of-failure'

/** Every rule, explicitly and alphabetically by id: a rule file not listed here fails index.test.ts. */
export const ALL_RULES: readonly Rule[] = [
  asyncCallWithoutQueue,
  asyncFailoverMayLoseWrites,
  cacheAsSystemOfRecord,
  cacheWithoutEviction,
  cacheWithoutTtl,
  clientToDatastore,
  consistencyMismatch,
  disconnectedNode,
  dualWrite,
  externalDependencyWithoutFallback,
  loadBalancerWithoutHealthChecks,
  longSyncChain,
  missingAutoscaling,
  nearCapacity,
  noHeadroomForFailure,
  noObservability,
  nonIdempotentConsumer,
  overCapacity,
  pubsubLowReplication,
  pubsubShortRetention,
  queueWithCompetingConsumers,
  queueWithoutDeadLetterQueue,
  quorumNeedsThreeNodes,
  readHeavyWithoutCache,
  replicationFactorExceedsNodes,
  serverlessToRelationalDb,
  singlePointOfFailure,
  snsWithoutDeadLetterQueue,
  statefulServiceWithoutStickySessions,
  unknownProp,
  unknownRule,
  weakWriteDurability,
  writeHeavySinglePrimary,
  zoneSinglePointOfFailure,
]

const BY_ID = new Map<string, Rule>()

export function getRule(id: string): Rule | undefined {
  if (BY_ID.size === 0) for (const rule of ALL_RULES) BY_ID.set(rule.meta.id, rule)
  return BY_ID.get(id)
}
