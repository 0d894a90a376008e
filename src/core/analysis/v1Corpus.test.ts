import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesign } from '../design/parse'
import { describeAnalysis } from './fixtures/corpusLines'

/**
 * Issue 8: the v1 corpus (every template and example as it was before analysis v2) lints identically except
 * where a numbered point of the issue changes the answer. Every difference is listed here with its point, so
 * a change that moves any other answer fails. `npx tsx scripts/corpus-diff.ts` prints the same differences.
 */
const CORPUS = join(import.meta.dirname, 'fixtures', 'v1-corpus')

// Elastic managed services have no default capacity: their load lines drop out of the load table (point 5).
const ELASTIC_LOADS = [
  'chat-service.archsight - load lb 2922.5 of 100000 (2.9 %)',
  'chat-service.archsight - load push-jobs 243.5 of 100000 (0.2 %)',
  'chat-service.archsight - load push-dlq 0.0 of 100000 (0.0 %)',
  'news-feed-search.archsight - load lb 2191.9 of 100000 (2.2 %)',
  'news-feed-search.archsight - load media 150.4 of 5500 (2.7 %)',
  'ticketmaster-onsale.archsight - load orders-queue 222.2 of 100000 (0.2 %)',
  'twitter-timeline.archsight - load lb 4762.2 of 100000 (4.8 %)',
  'url-shortener.archsight - load lb 961.9 of 100000 (1.0 %)',
  'url-shortener.archsight - load clicks 0.0 of 100000 (0.0 %)',
  'url-shortener.archsight - load clicks-dlq 0.0 of 100000 (0.0 %)',
  'url-shortener.archsight - load click-stats 0.0 of 40000 (0.0 %)',
]

const EXPLAINED: Record<string, string[]> = {
  'point 1 (the write label and its clause come from the primary) and point 3 (the fan-out worker fills timeline-cache from a broker: no user write)': [
    'twitter-timeline.archsight - summary Writes CP (tweets-db refuses rather than diverge). Reads AP (timeline-cache: stale up to 300 s). May lose acknowledged writes: timeline-cache, tweets-db.',
    'twitter-timeline.archsight + summary Writes CP (tweets-db may lose acknowledged writes on failover). Reads AP (timeline-cache: stale up to 300 s). May lose acknowledged writes: tweets-db.',
  ],
  'point 1 (losing acknowledged writes is a write-side fact: users only read link-cache)': [
    'url-shortener.archsight - summary Writes AP (clicks: at-least-once delivery, best-effort order). Reads AP (cdn: serves cached or replicated copies). May lose acknowledged writes: link-cache.',
    'url-shortener.archsight + summary Writes AP (clicks: at-least-once delivery, best-effort order). Reads AP (cdn: serves cached or replicated copies).',
  ],
  'point 7 (Cassandra last-writer-wins loses writes at every level)': [
    'chat-service.archsight - summary Writes CP (messages-db refuses without a quorum). Reads CP (messages-db refuses without a quorum).',
    'chat-service.archsight + summary Writes CP (messages-db refuses without a quorum; last writer wins). Reads CP (messages-db refuses without a quorum). May lose acknowledged writes: messages-db.',
    'ticketmaster-onsale.archsight - summary Writes AP (seats: every replica answers, last writer wins). Reads AP (seats: every replica answers, last writer wins).',
    'ticketmaster-onsale.archsight + summary Writes AP (seats: last writer wins, the loser is dropped). Reads AP (seats: every replica answers, last writer wins). May lose acknowledged writes: seats.',
  ],
  'point 9 (missing-autoscaling only at 25 % or more: tweet-svc runs at ~5 %; the message now says the utilisation)': [
    'twitter-timeline.archsight - info missing-autoscaling node:tweet-svc: Tweet service serves users with a fixed 2 instances: it cannot follow the peak',
    'ticketmaster-onsale.archsight - info missing-autoscaling node:booking-svc: Booking service serves users with a fixed 2 instances: it cannot follow the peak',
    'ticketmaster-onsale.archsight + info missing-autoscaling node:booking-svc: Booking service serves users with a fixed 2 instances at 40 % of its capacity at peak: it cannot follow the peak',
  ],
  'point 11 (new rule async-call-without-queue; the shipped template suppresses it with its reason)': [
    'chat-service.archsight + warning async-call-without-queue edge:delivery-gateway: Delivery worker calls Gateway asynchronously with no queue between: the work is lost when Gateway is down',
  ],
  'point 5 (elastic managed services have no default capacity)': ELASTIC_LOADS,
}

function readLines(): { before: Record<string, string[]>; now: Record<string, string[]> } {
  const before = JSON.parse(readFileSync(join(CORPUS, 'findings-before.json'), 'utf8')) as Record<string, string[]>
  const now: Record<string, string[]> = {}
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.archsight'))) {
    const parsed = parseDesign(readFileSync(join(CORPUS, file), 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error.message)
    // Each file is version 1: it opens migrated in memory, exactly as the app and the CLI open it.
    expect(parsed.migratedFrom).toBe(1)
    now[file] = describeAnalysis(parsed.design)
  }
  return { before, now }
}

describe('the v1 corpus under analysis v2', () => {
  it('differs from the v1 analysis only where a numbered point of issue 8 says so', () => {
    const { before, now } = readLines()
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort())
    const differences: string[] = []
    for (const file of Object.keys(before).sort()) {
      for (const line of before[file]) if (!now[file].includes(line)) differences.push(`${file} - ${line}`)
      for (const line of now[file]) if (!before[file].includes(line)) differences.push(`${file} + ${line}`)
    }
    expect(differences.sort()).toEqual(Object.values(EXPLAINED).flat().sort())
  })
})
