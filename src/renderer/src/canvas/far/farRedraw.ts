import { unionRects, type Rect } from '@core/design/geometry'
import type { SvgPalette } from '@core/export/svgTheme'
import type { Point } from '@core/picture'
import { buildFarPaint, drawFarPaint, type PaintFilter, type PaintOp } from './farPaint'
import type { CachedPicture } from './farCache'
import { diffFarScenes, measureMoving, overlaps, type FarCard, type FarScene } from './farScene'

/** What the far canvas draws again when its scene changes or a drag starts or ends (FarCanvas.tsx). */

export interface Drag {
  pointerId: number
  start: Point
  ids: Set<string>
  /** The dragged nodes and everything inside the zones among them. */
  moving: Set<string>
  /** Where each dragged node's rectangle started, to snap its corner as React Flow snaps a dragged node. */
  origin: Point
  delta: Point
  isMoved: boolean
  /** The scene when the drag started moving: the picture then shows it without what moves. */
  scene: FarScene | null
}

/** Everything but the dragged nodes (and what they carry) and their edges: drawn as is for the whole drag. */
export function buildStaticPaint(scene: FarScene, drag: Drag, palette: SvgPalette): PaintOp[] {
  const { moving } = drag
  return buildFarPaint(scene, palette, {
    node: (id) => !moving.has(id),
    edge: (edge) => !moving.has(edge.source) && !moving.has(edge.target),
  })
}

/** A change of more items than this draws the whole picture again (one batched pass is then cheaper). */
export const MAX_CHANGES = 400

/** A box over half the picture is drawn whole. */
export function isSmall(box: Rect | null, picture: CachedPicture): boolean {
  return !box || box.width * box.height * picture.zoom * picture.zoom <= 0.5 * picture.width * picture.height
}

/**
 * What differs between what the picture shows (`shown`: a scene, or a drag: its scene without what it moves)
 * and what it must show now.
 */
export function measureChange(shown: FarScene | Drag, wanted: FarScene | Drag, scene: FarScene): { box: Rect | null; count: number } {
  const from = 'pointerId' in shown ? shown.scene : shown
  if (!from) return { box: null, count: Infinity }
  const { box, count } = diffFarScenes(from, scene)
  // A drag's picture lacks what it moves; a drag starting takes them off.
  const boxes = [box]
  let moved = 0
  for (const drag of [shown, wanted]) {
    if (!('pointerId' in drag)) continue
    boxes.push(measureMoving(from, drag.moving))
    moved += drag.moving.size
  }
  return { box: unionBoxes(boxes), count: count + moved }
}

function unionBoxes(boxes: readonly (Rect | null)[]): Rect | null {
  const present = boxes.filter((b): b is Rect => b !== null)
  return present.length > 0 ? unionRects(present) : null
}

/** Draws the scene again inside `box` of the picture (without the `moving` nodes and their edges). */
export function redrawBox(
  ctx: CanvasRenderingContext2D,
  picture: CachedPicture,
  scene: FarScene,
  palette: SvgPalette,
  box: Rect,
  moving: ReadonlySet<string> | undefined,
  dpr: number,
): void {
  const isStill = (id: string) => !moving?.has(id)
  const part = buildFarPaint(scene, palette, {
    node: (id) => isStill(id) && overlaps(rectOf(scene, id), box, 12),
    edge: (edge) => isStill(edge.source) && isStill(edge.target) && overlaps(edge.bounds, box, 6),
  })
  const transform = { x: -picture.left * picture.zoom, y: -picture.top * picture.zoom, zoom: picture.zoom, dpr }
  ctx.save()
  ctx.setTransform(dpr * picture.zoom, 0, 0, dpr * picture.zoom, dpr * transform.x, dpr * transform.y)
  ctx.beginPath()
  ctx.rect(box.x, box.y, box.width, box.height)
  ctx.clip()
  ctx.clearRect(box.x, box.y, box.width, box.height)
  drawFarPaint(ctx, [part], transform, false)
  ctx.restore()
}

const rectOf = (scene: FarScene, id: string): Rect => (scene.index.get(id) as FarCard).rect

/** The dragged nodes and their edges (drawn where the drag has them, each frame). */
export function movingOnly({ moving }: Drag): PaintFilter {
  return { node: (id) => moving.has(id), edge: (edge) => moving.has(edge.source) || moving.has(edge.target) }
}
