import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseDesign, serializeDesign } from '../design'
import { importDrawio, type ImportResult } from './importDrawio'
import { aws, compressedDrawioFile, drawioFile, type TestCell } from '../testing/drawio'

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(result.message)
  return result
}

function importCells(cells: readonly TestCell[]) {
  return imported(importDrawio(drawioFile(cells)))
}

function nodeOf(cells: readonly TestCell[], id: string) {
  return importCells(cells).design.nodes.find((n) => n.id === id)
}

describe('AWS 4 icons map to kinds, in both shape= and resIcon= forms', () => {
  const table: [string, string, string | undefined][] = [
    ['ec2', 'service', undefined],
    ['ecs', 'service', undefined],
    ['fargate', 'service', undefined],
    ['eks', 'service', undefined],
    ['lambda', 'function', 'aws-lambda'],
    ['rds', 'relational-db', undefined],
    ['aurora', 'relational-db', undefined],
    ['dynamodb', 'key-value', 'dynamodb'],
    ['elasticache', 'cache', 'redis'],
    ['sqs', 'queue', 'aws-sqs'],
    ['sns', 'pubsub', 'aws-sns'],
    ['kinesis', 'pubsub', undefined],
    ['managed_streaming_for_kafka', 'pubsub', 'kafka'],
    ['s3', 'object-storage', 'aws-s3'],
    ['cloudfront', 'cdn', 'cloudfront'],
    ['route_53', 'dns', 'route53'],
    ['elastic_load_balancing', 'load-balancer', 'aws-elb'],
    ['application_load_balancer', 'load-balancer', 'aws-elb'],
    ['api_gateway', 'api-gateway', 'aws-api-gateway'],
    ['cloudwatch', 'logging', 'cloudwatch'],
    ['cloudwatch_2', 'logging', 'cloudwatch'],
    ['opensearch_service', 'search', 'opensearch'],
    ['users', 'client', 'web'],
    ['mobile_client', 'client', 'mobile'],
    ['client', 'client', 'web'],
  ]
  it.each(table)('resIcon=mxgraph.aws4.%s -> %s', (icon, kind, technology) => {
    const result = importCells([{ id: 'n', value: 'x', style: aws(icon) }])
    expect(result.design.nodes[0]).toMatchObject({ id: 'n', kind, ...(technology ? { technology } : {}) })
    expect(result.design.nodes[0].technology).toBe(technology)
    expect(result.report.mapped.map((m) => m.because)).toEqual([`AWS icon ${icon.replace(/_2$/, '')}`])
  })
  it.each(table)('shape=mxgraph.aws4.%s -> %s', (icon, kind) => {
    expect(nodeOf([{ id: 'n', value: 'x', style: `shape=mxgraph.aws4.${icon};html=1;` }], 'n')?.kind).toBe(kind)
  })
  it('an AWS icon without an Archsight kind is skipped, saying which icon', () => {
    const result = importCells([{ id: 'w', value: 'WAF', style: aws('waf') }])
    expect(result.design.nodes).toEqual([])
    expect(result.report.skipped).toEqual([{ cell: 'w', label: 'WAF', reason: 'AWS icon waf: Archsight has no kind for it' }])
  })
})

describe('GCP and Azure icons where the mapping is clear', () => {
  it.each([
    ['shape=mxgraph.gcp2.cloud_sql;', 'relational-db'],
    ['shape=mxgraph.gcp2.hexIcon;prIcon=cloud_run;', 'service'],
    ['shape=mxgraph.gcp2.memorystore;', 'cache'],
    ['image;html=1;image=img/lib/azure2/databases/Azure_Cosmos_DB.svg;', 'key-value'],
    ['image;html=1;image=img/lib/azure2/compute/Function_Apps.svg;', 'function'],
    ['shape=mxgraph.azure.sql_database;', 'relational-db'],
  ])('%s -> %s', (style, kind) => {
    expect(nodeOf([{ id: 'n', value: 'x', style }], 'n')?.kind).toBe(kind)
  })
})

describe('generic shapes by label keywords', () => {
  it.each([
    ['shape=cylinder3;whiteSpace=wrap;', 'Orders Postgres', 'relational-db', 'postgres'],
    ['shape=cylinder3;', 'Redis', 'cache', 'redis'],
    ['shape=cylinder3;', 'MongoDB', 'key-value', 'mongodb'],
    ['shape=datastore;', 'Cassandra ring', 'wide-column', 'cassandra'],
    ['rounded=1;whiteSpace=wrap;', 'Kafka', 'pubsub', 'kafka'],
    ['rounded=1;', 'RabbitMQ', 'queue', undefined],
    ['rounded=1;', 'Browser', 'client', 'web'],
    ['rounded=1;', 'Nginx', 'load-balancer', 'nginx'],
    ['whiteSpace=wrap;html=1;', 'Search (Elasticsearch)', 'search', 'elasticsearch'],
    ['ellipse;', 'Mobile app', 'client', 'mobile'],
  ])('%s "%s" -> %s', (style, value, kind, technology) => {
    const result = importCells([{ id: 'n', value, style }])
    expect(result.design.nodes[0]).toMatchObject({ kind, label: value })
    expect(result.design.nodes[0].technology).toBe(technology)
    expect(result.report.guessed[0].because).toMatch(/^label keyword/)
  })
  it('a labelled box with no keyword is guessed a service; an unknown cylinder and an unlabelled box are skipped', () => {
    const result = importCells([
      { id: 'svc', value: 'gatekeeper', style: 'rounded=1;', x: 0 },
      { id: 'cyl', value: 'Mounted volumes', style: 'shape=cylinder3;', x: 300 },
      { id: 'box', value: '', style: 'rounded=1;', x: 600 },
    ])
    expect(result.design.nodes.map((n) => [n.id, n.kind])).toEqual([['svc', 'service']])
    expect(result.report.guessed[0].because).toContain('taken as a service')
    expect(result.report.skipped.map((s) => s.cell)).toEqual(['cyl', 'box'])
  })
  it('an RabbitMQ queue warns that it takes the kind default technology', () => {
    expect(importCells([{ id: 'q', value: 'RabbitMQ', style: 'shape=cylinder3;' }]).report.guessed[0].caution).toBe(
      "no technology named: it takes SQS's defaults",
    )
  })
  it('a label naming another product than the icon is kept as the icon and flagged', () => {
    const result = importCells([{ id: 'db', value: 'DynamoDB', style: 'shape=mxgraph.aws3.rds_db_instance;' }])
    expect(result.design.nodes[0].kind).toBe('relational-db')
    expect(result.report.mapped[0].caution).toContain('its label says "dynamodb"')
  })
  it('labels are text: HTML tags and entities of an html=1 label are flattened', () => {
    const result = importCells([{ id: 'n', value: 'web-app<br>splash &amp; <b>sign-up</b>&nbsp;', style: `${aws('lambda')}html=1;` }])
    expect(result.design.nodes[0].label).toBe('web-app splash & sign-up')
  })
})

describe('an icon without its own text takes the text cell under (or above, or beside) it', () => {
  it('pairs each icon with its nearest caption, each caption used once', () => {
    const result = importCells([
      { id: 'a', style: aws('lambda'), x: 0, y: 0, w: 48, h: 48 },
      { id: 'b', style: aws('dynamodb'), x: 200, y: 0, w: 48, h: 48 },
      { id: 'ta', value: 'Orders fn', style: 'text;html=1;', x: -10, y: 50, w: 70, h: 20 },
      { id: 'tb', value: 'Orders table', style: 'text;html=1;', x: 185, y: -25, w: 80, h: 20 },
      { id: 'far', value: 'A note far away', style: 'text;html=1;', x: 900, y: 900, w: 80, h: 20 },
    ])
    expect(result.design.nodes.map((n) => [n.id, n.label])).toEqual([
      ['a', 'Orders fn'],
      ['b', 'Orders table'],
    ])
    expect(result.report.mapped[0].labelFrom).toBe('the text cell beside it (cell ta)')
    expect(result.report.text).toEqual({ usedAsLabels: 2, ignored: 1 })
  })
  it('a generic image takes its kind from the caption under it', () => {
    const result = importCells([
      { id: 'img', style: 'shape=image;image=https://example.invalid/u.png;', x: 0, y: 0, w: 50, h: 50 },
      { id: 't', value: 'User', style: 'text;', x: 0, y: 52, w: 50, h: 20 },
    ])
    expect(result.design.nodes[0]).toMatchObject({ id: 'img', kind: 'client', label: 'User' })
  })
})

describe('zones and groups', () => {
  const drawing: TestCell[] = [
    { id: 'region', value: 'Region', style: 'shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;container=1;', x: 0, y: 0, w: 1000, h: 600 },
    { id: 'vpc', value: 'VPC', style: 'shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc2;container=1;', parent: 'region', x: 20, y: 40, w: 900, h: 500 },
    { id: 'az-a', value: 'Availability Zone A', style: 'dashed=1;fillColor=none;', parent: 'vpc', x: 20, y: 40, w: 400, h: 400 },
    { id: 'az-b', value: 'us-east-1b', style: 'dashed=1;fillColor=none;', parent: 'vpc', x: 450, y: 40, w: 400, h: 400 },
    { id: 'app-a', value: 'app', style: aws('ec2'), parent: 'vpc', x: 100, y: 100, w: 48, h: 48 },
    { id: 'app-b', value: 'app', style: aws('ec2'), parent: 'vpc', x: 600, y: 100, w: 48, h: 48 },
    { id: 'dns', value: 'dns', style: aws('route_53'), parent: 'region', x: 940, y: 10, w: 40, h: 40 },
    { id: 'empty', value: 'Availability Zone C', style: 'dashed=1;', x: 2000, y: 0, w: 300, h: 300 },
  ]
  it('AZ and region containers become nested zones; components sit in the innermost one, by geometry', () => {
    const { design, report } = importCells(drawing)
    const byId = new Map(design.nodes.map((n) => [n.id, n]))
    expect(byId.get('region')).toMatchObject({ kind: 'zone', technology: 'region' })
    expect(byId.get('az-a')).toMatchObject({ kind: 'zone', technology: 'availability-zone', parent: 'region' })
    expect(byId.get('az-b')).toMatchObject({ kind: 'zone', technology: 'availability-zone', parent: 'region' })
    expect(byId.get('app-a')?.parent).toBe('az-a')
    expect(byId.get('app-b')?.parent).toBe('az-b')
    expect(byId.get('dns')?.parent).toBe('region')
    expect(byId.has('vpc')).toBe(false)
    expect(report.groups).toEqual([{ cell: 'vpc', label: 'VPC', reason: 'a group (vpc2), not a component' }])
    expect(report.skipped).toContainEqual({ cell: 'empty', label: 'Availability Zone C', reason: 'a availability zone with no component inside' })
    expect(parseDesign(serializeDesign(design)).ok).toBe(true)
  })
  it('an unlabelled box is named by the caption on its top edge', () => {
    const { design } = importCells([
      { id: 'box', style: 'rounded=0;fillColor=none;', x: 0, y: 20, w: 500, h: 300 },
      { id: 'cap', value: 'Availability Zone', style: 'text;', x: 10, y: 5, w: 120, h: 30 },
      { id: 'fn', value: 'fn', style: aws('lambda'), x: 100, y: 100, w: 48, h: 48 },
    ])
    expect(design.nodes.find((n) => n.id === 'box')).toMatchObject({ kind: 'zone', label: 'Availability Zone' })
    expect(design.nodes.find((n) => n.id === 'fn')?.parent).toBe('box')
  })
})

describe('edges', () => {
  const a = { id: 'a', value: 'api', style: aws('api_gateway'), x: 0, y: 0 }
  const b = { id: 'b', value: 'fn', style: aws('lambda'), x: 300, y: 0 }
  const q = { id: 'q', value: 'jobs', style: aws('sqs'), x: 600, y: 0 }

  it('keep their direction and label; an arrow head only at the start reverses them', () => {
    const { design } = importCells([
      a,
      b,
      { id: 'e1', style: 'edgeStyle=orthogonalEdgeStyle;html=1;', edge: { source: 'a', target: 'b' } },
      { id: 'l1', value: 'invoke', style: 'edgeLabel;html=1;', parent: 'e1' },
      { id: 'e2', style: 'endArrow=none;startArrow=classic;', edge: { source: 'a', target: 'b' } },
    ])
    expect(design.edges).toEqual([
      { id: 'e1', source: 'a', target: 'b', mode: 'sync', access: 'read-write', label: 'invoke' },
      { id: 'e2', source: 'b', target: 'a', mode: 'sync', access: 'read-write' },
    ])
  })
  it('into a queue are async writes, out of it async reads', () => {
    const { design } = importCells([b, q, { id: 'w', edge: { source: 'b', target: 'q' } }, { id: 'r', edge: { source: 'q', target: 'b' } }])
    expect(design.edges.map((e) => [e.id, e.mode, e.access])).toEqual([
      ['w', 'async', 'write'],
      ['r', 'async', 'read'],
    ])
  })
  it('are followed through a waypoint and through a shape in line, and the report says through what', () => {
    const { design, report } = importCells([
      a,
      b,
      q,
      { id: 'dot', style: 'shape=waypoint;', x: 150, y: 20, w: 10, h: 10 },
      { id: 'waf', value: 'WAF', style: aws('waf'), x: 450, y: 0 },
      { id: 'e1', edge: { source: 'a', target: 'dot' } },
      { id: 'e2', edge: { source: 'dot', target: 'b' } },
      { id: 'e3', edge: { source: 'b', target: 'waf' } },
      { id: 'e4', edge: { source: 'waf', target: 'q' } },
    ])
    expect(design.edges.map((e) => [e.source, e.target])).toEqual([
      ['a', 'b'],
      ['b', 'q'],
    ])
    expect(report.edges.followed.map((f) => f.through)).toEqual([['cell dot'], ['"WAF"']])
  })
  it('attach a loose end lying on a shape, join loose segments, and drop what leads nowhere', () => {
    const { design, report } = importCells([
      a,
      b,
      { id: 'loose', edge: { source: 'a', targetPoint: [320, 30] } },
      { id: 'seg1', edge: { source: 'b', targetPoint: [450, 200] } },
      { id: 'seg2', edge: { sourcePoint: [450, 200], targetPoint: [10, 30] } },
      { id: 'legend', edge: { sourcePoint: [900, 900], targetPoint: [1000, 900] } },
      { id: 'self', edge: { source: 'a', target: 'a' } },
    ])
    expect(design.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['loose', 'a', 'b'],
      ['seg1', 'b', 'a'],
    ])
    expect(report.edges.dropped).toEqual([
      { cell: 'legend', reason: 'both ends are not connected to any shape' },
      { cell: 'self', reason: 'it loops back to the same component' },
    ])
  })
})

describe('ids, pages, compression and errors', () => {
  it('keeps a valid draw.io id and cleans an invalid one', () => {
    const { design } = importCells([
      { id: 'Ht1M8jgEwFfnCIfOTk4--1', value: 'fn', style: aws('lambda') },
      { id: 'has space/and#hash', value: 'fn2', style: aws('lambda'), x: 300 },
    ])
    expect(design.nodes.map((n) => n.id)).toEqual(['Ht1M8jgEwFfnCIfOTk4--1', 'has-space-and-hash'])
  })
  it('reads a compressed page (base64 + raw deflate + URL encoding)', () => {
    const result = imported(importDrawio(compressedDrawioFile([{ id: 'n', value: 'Ünïcode fn', style: aws('lambda') }], deflateRawSync)))
    expect(result.design.nodes[0]).toMatchObject({ id: 'n', kind: 'function', label: 'Ünïcode fn' })
    expect(result.report.page).toEqual({ number: 1, name: 'Packed', of: 1 })
  })
  it('takes the first page unless told, and refuses a page that is not there', () => {
    const text = drawioFile([{ id: 'one', value: 'x', style: aws('lambda') }], [{ id: 'two', value: 'y', style: aws('sqs') }])
    expect(imported(importDrawio(text)).design.nodes.map((n) => n.id)).toEqual(['one'])
    const second = imported(importDrawio(text, { page: 2 }))
    expect(second.design.nodes.map((n) => n.id)).toEqual(['two'])
    expect(second.report.page).toEqual({ number: 2, name: 'Page 2', of: 2 })
    expect(importDrawio(text, { page: 3 })).toEqual({ ok: false, message: 'There is no page 3: the file has 2 (1 "Page 1", 2 "Page 2")' })
  })
  it.each([
    ['', 'The file is empty; expected a draw.io diagram (XML)'],
    ['<mxfile><diagram name="x">', 'The file is not well-formed XML: elements never closed: <mxfile>, <diagram> (line 1, column 1)'],
    ['<mxfile>\n<diagram></mxfile>', "The file is not well-formed XML: Expected closing tag 'diagram' (opened in line 2, col 1) instead of closing tag 'mxfile'. (line 2, column 10)"],
    ['<svg></svg>', 'Not a draw.io diagram: the root element is <svg>, expected <mxfile> or <mxGraphModel>'],
    ['{"format":"archsight"}', expect.stringMatching(/^The file is not well-formed XML/)],
    ['<mxfile><diagram name="P">!!notbase64!!</diagram></mxfile>', 'Page 1 ("P") is compressed but its text is not base64'],
    ['<mxfile><diagram name="P">AAAA</diagram></mxfile>', expect.stringMatching(/^Page 1 \("P"\) is compressed but its data is not raw deflate/)],
  ])('refuses %j with a clear message', (text, message) => {
    expect(importDrawio(text)).toEqual({ ok: false, message })
  })
})
