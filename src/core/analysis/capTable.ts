import { countConsistencyReplicas } from './redundancy'
import type { CapLabel, CapSide } from './types'
import type { ViewNode } from './view'

/**
 * catalogue.md, "CAP per node": the first matching row wins, once for writes and once for reads (issue 8,
 * point 1: a relational-db's or MongoDB's write label depends only on the primary's replication, where reads
 * are served changes the read label only). Besides the node's entry in the result, each row gives the short
 * clause the design summary quotes after the node id ("refuses rather than diverge", ": stale up to 300 s").
 */

export interface NodeCapRow extends CapSide {
  clause: string
}

export interface NodeCapRows {
  write: NodeCapRow
  read: NodeCapRow
}

type RowText = Omit<NodeCapRow, 'why' | 'mayLoseWrites'> & { mayLoseWrites?: boolean }

const REFUSES = 'refuses rather than diverge'

const ROWS = {
  relationalSingle: {
    label: 'CA',
    underPartition: 'Not distributed: if the node or the link to it fails, it is unavailable, never inconsistent.',
    flip: 'Add a standby with automatic failover.',
    clause: 'is one node: unavailable, never inconsistent',
  },
  relationalReplicaReads: {
    label: 'AP',
    underPartition: 'Replicas serve reads that lag the primary.',
    flip: 'Read from the primary.',
    clause: ': replicas lag the primary',
  },
  relationalSync: {
    label: 'CP',
    underPartition: 'Writes wait for the standby and are refused rather than diverge.',
    flip: 'Async replication (faster writes, may lose acknowledged writes on failover).',
    clause: REFUSES,
  },
  relationalAsync: {
    label: 'CP',
    mayLoseWrites: true,
    underPartition:
      "The primary refuses when unreachable; a failover (automatic or manual) can drop the replication lag's " +
      'worth of acknowledged writes.',
    flip: 'Sync replication.',
    clause: 'may lose acknowledged writes on failover',
  },
  dynamoEventual: {
    label: 'AP',
    underPartition: 'Reads may miss a recent write.',
    flip: '`consistency: strong` (twice the read cost).',
    clause: ': reads may miss a recent write',
  },
  dynamoWrites: {
    label: 'CP',
    underPartition: "A write is acknowledged once a quorum of the partition's copies has it; the minority side refuses.",
    flip: null,
    clause: 'acknowledges a write once a quorum has it',
  },
  dynamoStrong: {
    label: 'CP',
    underPartition: 'Strongly consistent reads refuse rather than serve stale data.',
    flip: 'Eventual reads.',
    clause: 'refuses rather than serve stale data',
  },
  mongoSecondary: {
    label: 'AP',
    underPartition: 'Secondaries serve reads that lag the primary.',
    flip: 'Read from the primary.',
    clause: ': secondaries serve reads that lag the primary',
  },
  mongoW1: {
    label: 'CP',
    mayLoseWrites: true,
    underPartition: 'A primary that fails before replicating rolls acknowledged writes back.',
    flip: '`writeConcern: majority`.',
    clause: REFUSES,
  },
  mongoMajority: {
    label: 'CP',
    underPartition: 'The minority side cannot write.',
    flip: '`readPreference: secondary` (AP), `writeConcern: 1` (may lose writes).',
    clause: REFUSES,
  },
  wideColumnLww: {
    label: 'AP',
    mayLoseWrites: true,
    underPartition:
      'May lose acknowledged writes: concurrent writes to one row resolve by timestamp and the loser is dropped.',
    flip: 'Lightweight transactions (IF ... / SERIAL) for read-modify-write.',
    clause: ': last writer wins, the loser is dropped',
  },
  wideColumnQuorum: {
    label: 'CP',
    underPartition: 'The minority side cannot reach a quorum and refuses.',
    flip: 'Lower consistency to ONE.',
    clause: 'refuses without a quorum',
  },
  wideColumnOne: {
    label: 'AP',
    underPartition: 'Every replica answers; concurrent writes resolve last-writer-wins.',
    flip: 'QUORUM reads and writes.',
    clause: ': every replica answers, last writer wins',
  },
  redisReplicated: {
    label: 'AP',
    mayLoseWrites: true,
    underPartition: 'Replication is asynchronous; a failover can drop acknowledged writes.',
    flip: "Don't keep data only in the cache.",
    clause: '',
  },
  redisStore: {
    label: 'AP',
    mayLoseWrites: true,
    underPartition: 'May lose acknowledged writes: replication is asynchronous, so a failover drops what the replica lacks.',
    flip: 'Keep data you cannot lose in a store with synchronous or quorum writes (WAIT narrows the window, it does not close it).',
    clause: ': may lose acknowledged writes (async replication)',
  },
  rabbitQuorum: {
    label: 'CP',
    underPartition: 'A quorum queue replicates by Raft: the minority side refuses.',
    flip: '`quorum: false` (a classic queue on one node).',
    clause: 'refuses without a quorum',
  },
  rabbitClassic: {
    label: 'CA',
    underPartition: 'A classic queue lives on one node: if it or the link to it fails, the queue is unavailable.',
    flip: '`quorum: true` (replicated by Raft).',
    clause: 'is one node: unavailable, never inconsistent',
  },
  queueFifo: { label: 'CP', underPartition: 'Ordered, deduplicated.', flip: null, clause: ': ordered, deduplicated' },
  queueStandard: {
    label: 'AP',
    underPartition: 'Accepts messages; delivery at least once, best-effort order.',
    flip: '`fifo: true` (exactly-once processing, ordered, lower throughput).',
    clause: ': at-least-once delivery, best-effort order',
  },
  kafkaStrict: {
    label: 'CP',
    underPartition: 'Refuses writes when too few replicas are in sync.',
    flip: 'acks 1 or minInSyncReplicas 1 (AP, may lose writes).',
    clause: 'refuses writes when too few replicas are in sync',
  },
  kafkaLoose: {
    label: 'AP',
    mayLoseWrites: true,
    underPartition: 'The leader acknowledges before replicas have the message.',
    flip: 'acks all, minInSyncReplicas 2.',
    clause: ': the leader acknowledges before replicas have the message',
  },
  sns: {
    label: 'AP',
    underPartition: 'Delivery with retries; dropped after retries unless a dead-letter queue is attached.',
    flip: 'Add deadLetterQueue.',
    clause: ': delivery with retries',
  },
  search: {
    label: 'AP',
    underPartition: 'Near-real-time: reads lag writes by the refresh interval.',
    flip: null,
    clause: ': reads lag writes by the refresh interval',
  },
  logging: { label: 'AP', underPartition: 'Ingestion is eventual.', flip: null, clause: ': ingestion is eventual' },
  s3: {
    label: 'CP',
    underPartition: 'Strong read-after-write consistency.',
    flip: null,
    clause: 'reads its own writes',
  },
  copies: {
    label: 'AP',
    underPartition: 'Serves cached or replicated copies.',
    flip: null,
    clause: ': serves cached or replicated copies',
  },
} as const satisfies Record<string, RowText>

function toRow(text: RowText, why: string, overrides: Partial<NodeCapRow> = {}): NodeCapRow {
  return { ...text, mayLoseWrites: text.mayLoseWrites ?? false, why, ...overrides }
}

function readCount(node: ViewNode, key: string): number {
  const value = node.props[key]
  return typeof value === 'number' ? value : 1
}

function same(row: NodeCapRow): NodeCapRows {
  return { write: row, read: row }
}

/** Reads that go to replicas or secondaries take their own row; otherwise they behave as the writes. */
function withReads(write: NodeCapRow, isReadElsewhere: boolean, read: () => NodeCapRow): NodeCapRows {
  return isReadElsewhere ? { write, read: read() } : same(write)
}

function classifyRelational(node: ViewNode): NodeCapRows {
  const p = node.props
  if (p.replicas === 0 || p.replication === 'none') {
    return same(toRow(ROWS.relationalSingle, 'relational-db without replicas'))
  }
  const isSync = p.replication === 'sync'
  const write = toRow(isSync ? ROWS.relationalSync : ROWS.relationalAsync, `relational-db with ${isSync ? 'sync' : 'async'} replication`)
  return withReads(write, p.readFrom === 'replicas', () => toRow(ROWS.relationalReplicaReads, 'relational-db reading from replicas'))
}

function classifyKeyValue(node: ViewNode): NodeCapRows {
  const p = node.props
  if (node.technology === 'dynamodb') {
    const write = toRow(ROWS.dynamoWrites, 'dynamodb writes')
    if (p.consistency === 'strong') return { write, read: toRow(ROWS.dynamoStrong, 'dynamodb with strong reads') }
    return { write, read: toRow(ROWS.dynamoEventual, 'dynamodb with eventual reads') }
  }
  if (node.technology === 'redis') return classifyRedisStore(node)
  const write =
    p.writeConcern === '1'
      ? toRow(ROWS.mongoW1, 'mongodb with writeConcern 1')
      : toRow(ROWS.mongoMajority, 'mongodb with majority writes')
  return withReads(write, p.readPreference === 'secondary', () => toRow(ROWS.mongoSecondary, 'mongodb reading from secondaries'))
}

function classifyRedisStore(node: ViewNode): NodeCapRows {
  const persistence = String(node.props.persistence)
  const lost =
    persistence === 'none'
      ? ' Without persistence a restart loses everything.'
      : persistence === 'rdb'
        ? ' A restart loses the writes since the last snapshot.'
        : ''
  return same(
    toRow(ROWS.redisStore, `redis store with ${persistence} persistence`, {
      underPartition: `${ROWS.redisStore.underPartition}${lost}`,
    }),
  )
}

function classifyWideColumn(node: ViewNode): NodeCapRows {
  const rf = readCount(node, 'replicationFactor')
  const { readConsistency: read, writeConsistency: write } = node.props
  const why = `wide-column with ${String(read)} reads and ${String(write)} writes`
  const isQuorate = countConsistencyReplicas(read, rf) + countConsistencyReplicas(write, rf) > rf
  const readRow = isQuorate
    ? toRow(ROWS.wideColumnQuorum, `${why} (R + W > replication factor)`)
    : toRow(ROWS.wideColumnOne, why)
  // Last-writer-wins drops one of two concurrent writes at every consistency level (issue 8, point 7).
  const writeRow = toRow(ROWS.wideColumnLww, `${why}, last-writer-wins`, {
    label: readRow.label,
    clause: isQuorate ? 'refuses without a quorum; last writer wins' : ROWS.wideColumnLww.clause,
  })
  return { write: writeRow, read: readRow }
}

function classifyCache(node: ViewNode): NodeCapRows {
  const ttl = node.props.ttlSeconds
  const clause = typeof ttl === 'number' ? `: stale up to ${ttl} s` : ': stale without bound (no TTL)'
  if (node.technology === 'redis' && readCount(node, 'instances') >= 2) {
    return same(toRow(ROWS.redisReplicated, 'redis with replicas', { clause }))
  }
  const bound = typeof ttl === 'number' ? `up to ${ttl} s` : 'unbounded without a TTL'
  return same({
    label: 'AP',
    underPartition: `Serves what it holds, which may be stale relative to the source of truth (${bound}).`,
    mayLoseWrites: false,
    flip: 'Shorter TTL, invalidation on write.',
    why: node.technology === 'redis' ? 'redis, one instance' : node.technology,
    clause,
  })
}

function classifyPubsub(node: ViewNode): NodeCapRow {
  if (node.technology === 'aws-sns') return toRow(ROWS.sns, 'aws-sns')
  const isStrict =
    node.props.acks === 'all' && readCount(node, 'minInSyncReplicas') >= 2 && readCount(node, 'replicationFactor') >= 3
  if (isStrict) return toRow(ROWS.kafkaStrict, 'kafka with acks all, minInSyncReplicas >= 2, replicationFactor >= 3')
  return toRow(ROWS.kafkaLoose, 'kafka without acks all, minInSyncReplicas >= 2 and replicationFactor >= 3')
}

function classifyQueue(node: ViewNode): NodeCapRow {
  if (node.technology === 'rabbitmq') {
    if (node.props.quorum === false) return toRow(ROWS.rabbitClassic, 'rabbitmq classic queue')
    return toRow(ROWS.rabbitQuorum, 'rabbitmq quorum queue')
  }
  if (node.props.fifo === true) return toRow(ROWS.queueFifo, 'fifo queue')
  return toRow(ROWS.queueStandard, 'standard queue')
}

/** The node's CAP rows for writes and reads, or undefined for stateless nodes (they inherit from what they call). */
export function classifyNodeCap(node: ViewNode): NodeCapRows | undefined {
  switch (node.kind) {
    case 'relational-db':
      return classifyRelational(node)
    case 'key-value':
      return classifyKeyValue(node)
    case 'wide-column':
      return classifyWideColumn(node)
    case 'cache':
      return classifyCache(node)
    case 'queue':
      return same(classifyQueue(node))
    case 'pubsub':
      return same(classifyPubsub(node))
    case 'search':
      return same(toRow(ROWS.search, 'search index'))
    case 'logging':
      return same(toRow(ROWS.logging, 'log sink'))
    case 'object-storage':
      return same(
        node.technology === 'aws-s3' ? toRow(ROWS.s3, 'aws-s3') : toRow(ROWS.copies, 'generic object storage'),
      )
    case 'cdn':
      return same(toRow(ROWS.copies, 'cdn'))
    default:
      return undefined
  }
}

const WEAKNESS: Readonly<Record<CapLabel, number>> = { AP: 3, CP: 2, CA: 1 }

export function compareWeakness(a: CapLabel, b: CapLabel): number {
  return WEAKNESS[a] - WEAKNESS[b]
}
