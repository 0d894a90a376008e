/**
 * Where the edges are in an exported picture: read from the same SVG core renders (the app rasterises it), so
 * the test knows each edge's bezier, its stroke colour and the picture's offset without trusting the app.
 */

export interface EdgePath {
  id: string
  stroke: string
  /** Async edges are dashed: a sample may fall in a gap. */
  isDashed: boolean
  /** Optional edges are drawn at half opacity, so their pixels are a blend, not the stroke colour. */
  isFaded: boolean
  /** Points on the curve between the two cards, not under a label pill, in picture units (offset applied). */
  points: { x: number; y: number }[]
}

function bezier(p: number[], t: number): { x: number; y: number } {
  const u = 1 - t
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t]
  return {
    x: w[0] * p[0] + w[1] * p[2] + w[2] * p[4] + w[3] * p[6],
    y: w[0] * p[1] + w[1] * p[3] + w[2] * p[5] + w[3] * p[7],
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The R / W / RW pills drawn over the middle of edges, in picture coordinates (margin included). */
function findPills(svg: string, tx: number, ty: number): Box[] {
  const pattern = /<rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="18" rx="9"/g
  const boxes: Box[] = []
  for (let m = pattern.exec(svg); m; m = pattern.exec(svg)) {
    boxes.push({ x: Number(m[1]) + tx - 3, y: Number(m[2]) + ty - 3, width: Number(m[3]) + 6, height: 24 })
  }
  return boxes
}

function isInside(p: { x: number; y: number }, b: Box): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height
}

export function findEdgePaths(svg: string): EdgePath[] {
  const offset = /<g transform="translate\((-?[\d.]+) (-?[\d.]+)\)">/.exec(svg)
  if (!offset) throw new Error('no translated drawing group in the SVG')
  const [tx, ty] = [Number(offset[1]), Number(offset[2])]
  const pills = findPills(svg, tx, ty)
  const edges: EdgePath[] = []
  const pattern = /<g data-edge="([^"]+)"([^>]*)>\s*<path d="M([^"]+)"([^>]*)>/g
  for (let match = pattern.exec(svg); match; match = pattern.exec(svg)) {
    const numbers = match[3].replace('C', ' ').trim().split(/[\s,]+/).map(Number)
    if (numbers.length !== 8) continue
    const points = [0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85]
      .map((t) => {
        const point = bezier(numbers, t)
        return { x: point.x + tx, y: point.y + ty }
      })
      .filter((point) => !pills.some((pill) => isInside(point, pill)))
    const stroke = /stroke="(#[0-9a-fA-F]{6})"/.exec(match[4])
    if (!stroke) continue
    const isDashed = match[4].includes('stroke-dasharray')
    edges.push({ id: match[1], stroke: stroke[1], isDashed, isFaded: match[2].includes('opacity'), points })
  }
  return edges
}
