/**
 * The four draw.io files people outside the project drew (../shared/interop/drawio, read in place, never
 * copied): each imports into a valid design whose report a user can act on.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import { parseDesign, serializeDesign } from '../design'
import { importDrawio } from './importDrawio'
import { readMxfile } from './mxfile'
import { formatImportReport } from './report'

const FOLDER = fileURLToPath(new URL('../../../../shared/interop/drawio/', import.meta.url))

function importReal(name: string) {
  const result = importDrawio(readFileSync(`${FOLDER}${name}`, 'utf8'))
  if (!result.ok) throw new Error(result.message)
  const reparsed = parseDesign(serializeDesign(result.design))
  expect(reparsed.ok, JSON.stringify(!reparsed.ok && reparsed.error)).toBe(true)
  const byLabel = (label: string) => result.design.nodes.filter((n) => n.label === label)
  return { ...result, byLabel, text: formatImportReport(result.report), analysis: analyze(result.design) }
}

describe('04 BansheeBuddy (compressed, AWS 4 serverless, labels on the icons)', () => {
  const result = importReal('04-bansheebuddy-aws-serverless.drawio')
  it('maps every AWS icon Archsight has a kind for, keeping the cell ids', () => {
    expect(result.report.mapped.map((m) => [m.label, m.kind])).toEqual([
      ['check daily mods scan userDB dispatch workers', 'function'],
      ['process(mods, user)', 'function'],
      ['userDB', 'key-value'],
      ['job queue', 'queue'],
      ['sign up / cancel', 'function'],
      ['api', 'api-gateway'],
      ['web-app splash + sign-up', 'cdn'],
      ['frontend', 'object-storage'],
      ['', 'client'],
    ])
    expect(result.design.nodes.find((n) => n.kind === 'key-value')?.id).toBe('1g_JZ47R_lxXqYcb-9b_-4')
    expect(result.report.guessed).toEqual([])
  })
  it('skips SES and the clock, follows the message document to the queue, drops the trigger edge', () => {
    expect(result.report.skipped.map((s) => s.reason)).toEqual([
      'AWS icon simple_email_service: Archsight has no kind for it',
      'a mxgraph.basic.document whose label names no Archsight kind',
      'a mxgraph.office.concepts.clock whose label names no Archsight kind',
    ])
    const dispatch = result.byLabel('check daily mods scan userDB dispatch workers')[0]
    const queue = result.byLabel('job queue')[0]
    expect(result.design.edges).toContainEqual(
      expect.objectContaining({ source: dispatch.id, target: queue.id, mode: 'async', access: 'write', label: 'X users / msg' }),
    )
    expect(result.report.edges.dropped).toEqual([
      { cell: '1g_JZ47R_lxXqYcb-9b_-30', reason: '"daily trigger" is not a component (and not a waypoint in line)' },
    ])
    expect(result.design.edges).toHaveLength(9)
  })
  it('analyses: DynamoDB behind the API takes quorum writes (CP) and serves eventually consistent reads (AP)', () => {
    expect(result.analysis.cap.design.write).toBe('CP')
    expect(result.analysis.cap.design.read).toBe('AP')
  })
})

describe('03 system overview (compressed, generic shapes only)', () => {
  const result = importReal('03-system-overview-generic.drawio')
  it('guesses every kind from labels and says so', () => {
    expect(result.report.mapped).toEqual([])
    const kinds = Object.fromEntries(result.report.guessed.map((g) => [g.label, [g.kind, g.technology]]))
    expect(kinds).toMatchObject({
      Browser: ['client', 'web'],
      Nginx: ['load-balancer', 'nginx'],
      Mysql: ['relational-db', 'mysql'],
      Redis: ['cache', 'redis'],
      RabbitMQ: ['queue', undefined],
      gatekeeper: ['service', undefined],
      'mini-fstore': ['service', undefined],
    })
    expect(result.report.guessed).toHaveLength(16)
    expect(result.text).toContain("RabbitMQ\" <- label keyword \"rabbitmq\" on a cylinder\n                           ! no technology named: it takes SQS's defaults")
  })
  it('an arrow into the Hosting group reaches the Nginx inside it; the legend arrows are dropped', () => {
    const browser = result.byLabel('Browser')[0]
    const nginx = result.byLabel('Nginx')[0]
    expect(result.design.edges).toContainEqual(expect.objectContaining({ source: browser.id, target: nginx.id }))
    expect(result.report.edges.attached.map((a) => [a.from, a.to])).toContainEqual(['"Browser"', '"Nginx"'])
    expect(result.report.edges.dropped.filter((d) => d.reason === 'both ends are not connected to any shape')).toHaveLength(4)
    expect(result.report.skipped.map((s) => s.label)).toEqual(['Consul', 'Mounted Volumes', ''])
  })
})

describe('01 LumiTicketing (AWS 4, every label a separate text cell, AZs drawn as plain boxes)', () => {
  const result = importReal('01-lumiticketing-aws.drawio')
  it('names each icon from the text cell under it', () => {
    expect(result.report.mapped.filter((m) => m.labelFrom).length).toBeGreaterThanOrEqual(19)
    expect(result.byLabel('Amazon Aurora (primary)')[0]).toMatchObject({ kind: 'relational-db', id: '2F2KIJ4SYOnee0KyZW9o-170' })
    expect(result.byLabel('ElasticCache for Redis')[0]).toMatchObject({ kind: 'cache', technology: 'redis' })
    expect(result.byLabel('Route 53')[0]).toMatchObject({ kind: 'dns', technology: 'route53' })
    expect(result.byLabel('web/app').every((n) => n.kind === 'service')).toBe(true)
  })
  it('turns the region and the four AZ boxes into zones holding the icons they surround', () => {
    expect(result.report.zones.map((z) => [z.label, z.technology])).toEqual([
      ['Region', 'region'],
      ['Availability Zone-2a', 'availability-zone'],
      ['Availability Zone-2b', 'availability-zone'],
      ['Availability Zone-2c', 'availability-zone'],
      ['Availability Zone-2d', 'availability-zone'],
    ])
    expect(result.design.nodes.find((n) => n.id === '2F2KIJ4SYOnee0KyZW9o-170')?.parent).toBe('2F2KIJ4SYOnee0KyZW9o-158')
    expect(result.design.nodes.find((n) => n.id === '2F2KIJ4SYOnee0KyZW9o-12')?.parent).toBe('2F2KIJ4SYOnee0KyZW9o-1')
  })
  it('VPCs, subnets and auto scaling groups are groups; WAF, IAM and friends are skipped by name', () => {
    expect(result.report.groups.map((g) => g.label)).toEqual(expect.arrayContaining(['Regular-VPC', 'VIP-VPC', 'Auto Scaling group', 'Public subnet']))
    expect(result.report.skipped.map((s) => s.label)).toEqual(expect.arrayContaining(['WAF', 'Shield', 'IAM', 'AWS CloudTrail', 'SES']))
  })
  it('accounts for all 29 edges: each imported, or dropped with a reason', () => {
    const file = readMxfile(readFileSync(`${FOLDER}01-lumiticketing-aws.drawio`, 'utf8'))
    const edgeCells = file.ok ? file.pages[0].cells.filter((c) => c.isEdge).map((c) => c.id) : []
    expect(edgeCells).toHaveLength(29)
    const dropped = new Set([...result.report.edges.dropped, ...result.report.edges.merged].map((d) => d.cell))
    const isImported = (cell: string) => result.design.edges.some((e) => e.id === cell)
    expect(edgeCells.filter((cell) => !dropped.has(cell) && !isImported(cell))).toEqual([])
    expect(result.report.edges.followed.map((f) => [f.from, f.to, f.through])).toContainEqual(['"User"', '"Route 53"', ['"Internet"']])
  })
})

describe('02 Savings Plan (AWS 4 and 3 mixed, two copies, captions beside icons)', () => {
  const result = importReal('02-savings-plan-aws.drawio')
  it('reads aws3 shapes and captions above, below and beside the icons', () => {
    expect(result.byLabel('Route 53').map((n) => n.kind)).toEqual(['dns', 'dns'])
    expect(result.byLabel('Users').map((n) => n.kind)).toEqual(['client', 'client'])
    expect(result.byLabel('ALB').map((n) => n.technology)).toEqual(['aws-elb', 'aws-elb'])
    expect(result.byLabel('API Gateway').map((n) => n.technology)).toEqual(['aws-api-gateway', 'aws-api-gateway'])
    expect(result.byLabel('CloudWatch').map((n) => n.kind)).toEqual(['logging', 'logging'])
  })
  it('flags the RDS icon labelled DynamoDB instead of trusting either silently', () => {
    const flagged = result.report.mapped.filter((m) => m.label === 'DynamoDB')
    expect(flagged.map((m) => m.kind)).toEqual(['relational-db', 'relational-db'])
    expect(flagged[0].caution).toContain('its label says "dynamodb" (key-value) but the icon is rds_db_instance')
  })
  it('finds the availability zone from the caption on its box, inside each region', () => {
    expect(result.report.zones.map((z) => [z.label, z.technology])).toEqual([
      ['Region', 'region'],
      ['Availability Zone', 'availability-zone'],
      ['Region', 'region'],
      ['Availability Zone', 'availability-zone'],
    ])
    const az = result.design.nodes.find((n) => n.id === 'J6SZ9HBoiH1Itpb2Wf0u-28')
    expect(az?.parent).toBe('_fX7q6W94LnGMcSsxziK-3')
    expect(result.byLabel('Execution Lambda').map((n) => n.parent)).toEqual(['J6SZ9HBoiH1Itpb2Wf0u-28', 'J6SZ9HBoiH1Itpb2Wf0u-107'])
  })
  it('follows the scheduler through EventBridge (an Alibaba icon in line)', () => {
    expect(result.report.edges.followed.map((f) => [f.from, f.to, f.through])).toContainEqual(['"API Gateway"', '"Schedular Lambda"', ['"Eventbridge"']])
  })
})
