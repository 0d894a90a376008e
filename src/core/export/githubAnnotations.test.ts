import { describe, expect, it } from 'vitest'
import { toGithubAnnotations } from './githubAnnotations'

const text = '{\n  "nodes": [\n    { "id": "db", "kind": "cache" },\n    { "id": "a,b:c", "kind": "service" }\n  ]\n}\n'

describe('GitHub Actions annotations', () => {
  it('one workflow command per unsuppressed finding, at the line declaring its target, info as notice', () => {
    const out = toGithubAnnotations([
      {
        file: 'designs/shop.archsight',
        text,
        analysis: {
          diagnostics: [
            { ruleId: 'cache-without-ttl', severity: 'warning', message: 'Cache has no TTL', target: { type: 'node', id: 'db' }, fix: { title: 'Expire entries' } },
            { ruleId: 'no-observability', severity: 'info', message: 'No logs', target: { type: 'design' } },
            { ruleId: 'single-point-of-failure', severity: 'error', message: 'x', target: { type: 'node', id: 'db' }, suppressed: { reason: 'MVP' } },
          ],
        },
      },
    ])
    expect(out).toBe(
      '::warning file=designs/shop.archsight,line=3,title=cache-without-ttl (db)::Cache has no TTL (fix: Expire entries)\n' +
        '::notice file=designs/shop.archsight,line=1,title=no-observability::No logs\n',
    )
  })
  it('escapes %, line breaks, and : , in properties, so a label cannot inject a second command', () => {
    const out = toGithubAnnotations([
      {
        file: 'odd,name:1.archsight',
        text,
        analysis: {
          diagnostics: [{ ruleId: 'r', severity: 'error', message: '100% bad\n::error::injected\r', target: { type: 'node', id: 'a,b:c' } }],
        },
      },
    ])
    expect(out).toBe('::error file=odd%2Cname%3A1.archsight,line=4,title=r (a%2Cb%3Ac)::100%25 bad%0A::error::injected%0D\n')
    expect(out.split('\n')).toHaveLength(2)
  })
  it('prints nothing when there is nothing to say', () => {
    expect(toGithubAnnotations([{ file: 'a', analysis: { diagnostics: [] } }])).toBe('')
  })
})
