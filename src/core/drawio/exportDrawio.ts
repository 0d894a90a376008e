/**
 * A design as an editable draw.io file: AWS 4 icons where the technology has one, generic shapes otherwise
 * (cylinders for stores), zones as containers holding their nodes, edges with their labels (async dashed).
 * Each shape also carries `archsight=kind:technology` in its style (draw.io keeps unknown style keys), so an
 * import gives back the same kinds even for shapes no library names. Labels are written as plain text
 * (no html=1): draw.io shows them as text, never as markup.
 */
import { getKindSpec } from '../catalogue'
import { computeNodeRects, type Rect } from '../design/geometry'
import type { Design, DesignNode } from '../design/types'
import { indexZones } from '../design/zones'

const AWS_ICONS: Readonly<Record<string, readonly [string, string]>> = {
  'aws-lambda': ['lambda', '#ED7100'],
  dynamodb: ['dynamodb', '#C925D1'],
  'aws-sqs': ['sqs', '#E7157B'],
  'aws-sns': ['sns', '#E7157B'],
  'aws-s3': ['s3', '#7AA116'],
  cloudfront: ['cloudfront', '#8C4FFF'],
  route53: ['route_53', '#8C4FFF'],
  'aws-elb': ['elastic_load_balancing', '#8C4FFF'],
  'aws-api-gateway': ['api_gateway', '#E7157B'],
  cloudwatch: ['cloudwatch', '#E7157B'],
  opensearch: ['opensearch_service', '#8C4FFF'],
}

const ICON_SIZE = 78
const ROOT = 'archsight-root'
const LAYER = 'archsight-layer'

export function toDrawio(design: Design): string {
  const rects = computeNodeRects(design)
  const zones = indexZones(design)
  const cells: string[] = [`<mxCell id="${ROOT}" />`, `<mxCell id="${LAYER}" parent="${ROOT}" />`]
  // Parents before children: draw.io places a child relative to its container.
  for (const node of zones.sortOuterFirst(design.nodes)) {
    const parent = zones.parentOf(node.id)
    const origin = parent ? rects.get(parent)! : { x: 0, y: 0 }
    const rect = rects.get(node.id)!
    const drawn = node.kind === 'zone' ? { style: zoneStyle(node), box: rect } : shapeFor(node, rect)
    const { box } = drawn
    // An unlabelled node shows its kind's name; this key tells the importer the name is not a label.
    const style = node.label === undefined ? `${drawn.style}archsightLabel=none;` : drawn.style
    cells.push(
      `<mxCell id="${attr(node.id)}" value="${attr(labelOf(node))}" style="${attr(style)}" vertex="1" parent="${attr(parent ?? LAYER)}">` +
        `<mxGeometry x="${round(box.x - origin.x)}" y="${round(box.y - origin.y)}" width="${round(box.width)}" height="${round(box.height)}" as="geometry" /></mxCell>`,
    )
  }
  for (const edge of design.edges) {
    const style = [
      'edgeStyle=orthogonalEdgeStyle;rounded=1;endArrow=classic;',
      edge.mode === 'async' ? 'dashed=1;' : '',
      `archsight=${edge.mode}:${edge.access};`,
    ].join('')
    cells.push(
      `<mxCell id="${attr(edge.id)}" value="${attr(edge.label ?? '')}" style="${style}" edge="1" parent="${LAYER}" source="${attr(edge.source)}" target="${attr(edge.target)}">` +
        '<mxGeometry relative="1" as="geometry" /></mxCell>',
    )
  }
  const name = attr(design.name)
  return (
    `<mxfile host="Archsight" type="device">\n  <diagram id="archsight" name="${name}">\n    <mxGraphModel grid="1" gridSize="10" guides="1" connect="1" arrows="1" page="0">\n      <root>\n` +
    cells.map((cell) => `        ${cell}\n`).join('') +
    '      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n'
  )
}

function labelOf(node: DesignNode): string {
  return node.label ?? getKindSpec(node.kind).label
}

function zoneStyle(node: DesignNode): string {
  const marker = `archsight=zone:${node.technology ?? 'availability-zone'};`
  if (node.technology === 'region') {
    return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;strokeColor=#00A4A6;fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#147EBA;dashed=1;container=1;whiteSpace=wrap;${marker}`
  }
  return `fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;fontStyle=0;fontColor=#147EBA;container=1;whiteSpace=wrap;${marker}`
}

function shapeFor(node: DesignNode, card: Rect): { style: string; box: Rect } {
  const technology = node.technology ?? getKindSpec(node.kind).technologies[0]?.id
  const marker = `archsight=${node.kind}${node.technology ? `:${node.technology}` : ''};`
  const icon = technology ? AWS_ICONS[technology] : undefined
  const centred = (width: number, height: number) => ({
    x: card.x + (card.width - width) / 2,
    y: card.y + (card.height - height) / 2,
    width,
    height,
  })
  if (icon) {
    const style = `sketch=0;outlineConnect=0;fontColor=#232F3E;fillColor=${icon[1]};strokeColor=#ffffff;verticalLabelPosition=bottom;verticalAlign=top;align=center;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${icon[0]};${marker}`
    return { style, box: centred(ICON_SIZE, ICON_SIZE) }
  }
  if (node.kind === 'client') {
    const shape = technology === 'mobile' ? 'mobile_client' : 'client'
    return { style: `sketch=0;outlineConnect=0;fillColor=#232F3D;strokeColor=none;verticalLabelPosition=bottom;verticalAlign=top;align=center;aspect=fixed;shape=mxgraph.aws4.${shape};${marker}`, box: centred(ICON_SIZE, ICON_SIZE) }
  }
  if (getKindSpec(node.kind).stateful && node.kind !== 'queue' && node.kind !== 'pubsub') {
    return { style: `shape=cylinder3;whiteSpace=wrap;boundedLbl=1;backgroundOutline=1;size=12;fillColor=#dae8fc;strokeColor=#6c8ebf;${marker}`, box: centred(120, 80) }
  }
  if (node.kind === 'queue' || node.kind === 'pubsub') {
    return { style: `shape=parallelogram;perimeter=parallelogramPerimeter;whiteSpace=wrap;fillColor=#fff2cc;strokeColor=#d6b656;${marker}`, box: card }
  }
  return { style: `rounded=1;whiteSpace=wrap;fillColor=#f5f5f5;strokeColor=#666666;${marker}`, box: card }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '&#xa;')
}
