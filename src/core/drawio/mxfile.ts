/**
 * draw.io (diagrams.net) file -> pages of cells, with a real XML parser. Reads plain and compressed pages
 * (base64 + raw deflate + URL-encoding, as draw.io saved them before 14.x) and a bare <mxGraphModel>. Never
 * throws: a broken file comes back as { ok: false, message } naming the problem and, for XML, its line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { inflateDiagram } from './decompress'

export interface Point {
  x: number
  y: number
}

export interface CellGeometry {
  x: number
  y: number
  width: number
  height: number
  /** An edge label's geometry is relative to its edge, not a position on the page. */
  relative: boolean
  sourcePoint?: Point
  targetPoint?: Point
}

export interface Cell {
  id: string
  /** The label as stored (HTML when the style says html=1). */
  value: string
  style: Record<string, string>
  /** The style's leading bare word ("text", "ellipse", "edgeLabel", "image"...), or ''. */
  styleName: string
  isVertex: boolean
  isEdge: boolean
  parent?: string
  source?: string
  target?: string
  geometry?: CellGeometry
}

export interface DrawioPage {
  name: string
  cells: Cell[]
}

export type MxfileResult = { ok: true; pages: DrawioPage[] } | { ok: false; message: string }

const ARRAYS = new Set(['diagram', 'mxCell', 'object', 'UserObject', 'mxPoint'])

function createParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  })
}

type XmlNode = Record<string, unknown>

export function readMxfile(text: string): MxfileResult {
  try {
    return readChecked(text)
  } catch (error) {
    return { ok: false, message: `The file could not be read as draw.io: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function readChecked(input: string): MxfileResult {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input
  if (text.trim() === '') return { ok: false, message: 'The file is empty; expected a draw.io diagram (XML)' }
  const checked = XMLValidator.validate(text)
  if (checked !== true) {
    const { msg, line, col } = checked.err
    return { ok: false, message: `The file is not well-formed XML: ${describeXmlError(msg)} (line ${line}, column ${col})` }
  }
  const parser = createParser()
  const doc = parser.parse(text) as XmlNode
  if (doc.mxGraphModel) return { ok: true, pages: [{ name: 'Page-1', cells: readModel(doc.mxGraphModel as XmlNode) }] }
  const file = doc.mxfile as XmlNode | undefined
  if (!file || typeof file !== 'object') {
    const root = Object.keys(doc).find((key) => !key.startsWith('?')) ?? 'nothing'
    return { ok: false, message: `Not a draw.io diagram: the root element is <${root}>, expected <mxfile> or <mxGraphModel>` }
  }
  const diagrams = (file.diagram as XmlNode[] | undefined) ?? []
  if (diagrams.length === 0) return { ok: false, message: 'The draw.io file has no page (no <diagram> element)' }
  const pages: DrawioPage[] = []
  for (const [index, diagram] of diagrams.entries()) {
    const name = typeof diagram.name === 'string' && diagram.name !== '' ? diagram.name : `Page-${index + 1}`
    let model = diagram.mxGraphModel as XmlNode | undefined
    if (!model) {
      const packed = typeof diagram['#text'] === 'string' ? diagram['#text'] : ''
      if (packed.trim() === '') {
        pages.push({ name, cells: [] })
        continue
      }
      const inflated = inflateDiagram(packed)
      if (!inflated.ok) return { ok: false, message: `Page ${index + 1} ("${name}") is compressed but ${inflated.message}` }
      const innerCheck = XMLValidator.validate(inflated.xml)
      if (innerCheck !== true) {
        return {
          ok: false,
          message: `Page ${index + 1} ("${name}") decompressed to XML that is not well-formed: ${innerCheck.err.msg}`,
        }
      }
      model = (parser.parse(inflated.xml) as XmlNode).mxGraphModel as XmlNode | undefined
      if (!model) return { ok: false, message: `Page ${index + 1} ("${name}") holds no <mxGraphModel>` }
    }
    pages.push({ name, cells: readModel(model) })
  }
  return { ok: true, pages }
}

function readModel(model: XmlNode): Cell[] {
  const root = model.root as XmlNode | undefined
  if (!root || typeof root !== 'object') return []
  const cells: Cell[] = []
  for (const raw of (root.mxCell as XmlNode[] | undefined) ?? []) {
    const cell = readCell(raw, raw)
    if (cell) cells.push(cell)
  }
  // <object>/<UserObject> wrap a cell when it has custom data: id and label live on the wrapper.
  for (const key of ['object', 'UserObject']) {
    for (const wrapper of (root[key] as XmlNode[] | undefined) ?? []) {
      const inner = (wrapper.mxCell as XmlNode[] | undefined)?.[0]
      if (!inner) continue
      const cell = readCell(inner, { ...inner, id: wrapper.id, value: wrapper.label ?? inner.value })
      if (cell) cells.push(cell)
    }
  }
  return cells
}

function readCell(raw: XmlNode, attrs: XmlNode): Cell | undefined {
  const id = asString(attrs.id)
  if (id === undefined) return undefined
  const { style, styleName } = parseStyle(asString(raw.style) ?? '')
  return {
    id,
    value: asString(attrs.value) ?? '',
    style,
    styleName,
    isVertex: raw.vertex === '1',
    isEdge: raw.edge === '1',
    parent: asString(raw.parent),
    source: asString(raw.source),
    target: asString(raw.target),
    geometry: readGeometry(raw.mxGeometry as XmlNode | undefined),
  }
}

function readGeometry(raw: XmlNode | undefined): CellGeometry | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const geometry: CellGeometry = {
    x: asNumber(raw.x),
    y: asNumber(raw.y),
    width: asNumber(raw.width),
    height: asNumber(raw.height),
    relative: raw.relative === '1',
  }
  for (const point of (raw.mxPoint as XmlNode[] | undefined) ?? []) {
    const at = { x: asNumber(point.x), y: asNumber(point.y) }
    if (point.as === 'sourcePoint') geometry.sourcePoint = at
    if (point.as === 'targetPoint') geometry.targetPoint = at
  }
  return geometry
}

/** "rounded=1;shape=cylinder3;text;" -> { rounded: '1', shape: 'cylinder3' } and the bare word. */
export function parseStyle(text: string): { style: Record<string, string>; styleName: string } {
  const style: Record<string, string> = Object.create(null) as Record<string, string>
  let styleName = ''
  for (const part of text.split(';')) {
    const item = part.trim()
    if (item === '') continue
    const equals = item.indexOf('=')
    if (equals < 0) {
      if (styleName === '') styleName = item
      continue
    }
    style[item.slice(0, equals)] = item.slice(equals + 1)
  }
  return { style, styleName }
}

/** fast-xml-parser reports unclosed elements as a JSON list of tag names; say it in words. */
function describeXmlError(message: string): string {
  const unclosed = /^Invalid '(\[.*\])' found\.?$/s.exec(message)
  if (!unclosed) return message
  try {
    const tags = JSON.parse(unclosed[1]) as unknown
    if (Array.isArray(tags)) return `elements never closed: ${tags.map((t) => `<${String(t)}>`).join(', ')}`
  } catch {
    // fall through to the parser's own words
  }
  return message
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

function asNumber(value: unknown): number {
  const number = typeof value === 'string' ? Number(value) : NaN
  return Number.isFinite(number) ? number : 0
}
