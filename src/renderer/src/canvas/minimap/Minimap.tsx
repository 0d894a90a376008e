import { useEffect, useRef } from 'react'
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react'
import type { Category } from '@core/catalogue'
import type { Rect } from '@core/design/geometry'
import { tintColour, type SvgPalette } from '@core/export/svgTheme'
import { listen } from '../far/listen'

/**
 * The canvas's minimap, in place of React Flow's: the same panel, the same picture of the design (cards in their
 * category's colour, zones) and the same mask over what is out of view, the same drag to pan and wheel to zoom.
 * React Flow's draws one SVG rectangle per node and answers one store selector per node on every store update:
 * at 1,012 cards a thousand selectors on each frame of a drag, and the whole SVG painted again on each frame of a
 * pan; at 5,000 nodes a third of each pan frame. Here the nodes are drawn on a small canvas, at most once a frame
 * and only when they moved or the minimap's frame did; a pan changes the mask's path and nothing else.
 */

/**
 * What the minimap shows: the zones (outer first) and the cards, in flow units. `subscribe`, when given, says
 * when they changed (a card dragged, a design opened); without it the source object itself is replaced.
 */
export interface MinimapSource {
  visit(zone: (rect: Rect) => void, card: (rect: Rect, category: Category) => void): void
  subscribe?(changed: () => void): () => void
}

/** The empty margin round the design inside the minimap, in minimap pixels (React Flow's `offsetScale`). */
const OFFSET = 5
/** React Flow's minimap wheel zoom: a wheel step of 100 zooms by 2^(100 * 0.002). */
const WHEEL_ZOOM = 0.002

interface Frame {
  x: number
  y: number
  width: number
  height: number
  /** Flow units per minimap pixel. */
  scale: number
}

/** The minimap's view box: the design and the view together, centred, with React Flow's margin. */
export function frameMinimap(design: Rect, view: Rect, size: { width: number; height: number }): Frame {
  const left = Math.min(design.x, view.x)
  const top = Math.min(design.y, view.y)
  const right = Math.max(design.x + design.width, view.x + view.width)
  const bottom = Math.max(design.y + design.height, view.y + view.height)
  const [w, h] = [right - left, bottom - top]
  const scale = Math.max(w / size.width, h / size.height)
  const offset = OFFSET * scale
  // React Flow's box, widened to the minimap's own proportions: the SVG then shows it edge to edge, and the nodes'
  // canvas under it can use the same scale on both axes.
  const [boxWidth, boxHeight] = [scale * size.width + 2 * offset, scale * size.height + 2 * offset]
  const fitted = Math.max(boxWidth / size.width, boxHeight / size.height)
  const [width, height] = [fitted * size.width, fitted * size.height]
  return { x: left - (width - w) / 2, y: top - (height - h) / 2, width, height, scale: fitted }
}

const viewOf = (s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): Rect => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
})

/**
 * What the minimap draws, collected in one visit of the source: the zones' and each category's cards' rectangles
 * as flat runs of x, y, width, height, and their bounds. Drawn by category, the fill is set six times, not once
 * a card (the minimap draws again on each frame of a drag, with 1,000 cards).
 */
export interface MinimapPicture {
  bounds: Rect | null
  zones: number[]
  cards: Map<Category, number[]>
}

export function collectPicture(source: MinimapSource): MinimapPicture {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity]
  const zones: number[] = []
  const cards = new Map<Category, number[]>()
  const take = (into: number[], { x, y, width, height }: Rect): void => {
    into.push(x, y, width, height)
    left = Math.min(left, x)
    top = Math.min(top, y)
    right = Math.max(right, x + width)
    bottom = Math.max(bottom, y + height)
  }
  source.visit(
    (rect) => take(zones, rect),
    (rect, category) => {
      let run = cards.get(category)
      if (!run) cards.set(category, (run = []))
      take(run, rect)
    },
  )
  const bounds = left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top }
  return { bounds, zones, cards }
}

export function Minimap({ source, palette, size, label }: { source: MinimapSource; palette: SvgPalette; size: { width: number; height: number }; label: string }) {
  const store = useStoreApi()
  const flow = useReactFlow()
  const svgRef = useRef<SVGSVGElement>(null)
  const maskRef = useRef<SVGPathElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const frameRef = useRef<Frame | null>(null)

  useEffect(() => {
    let drawnFrame = ''
    let picture: MinimapPicture = { bounds: null, zones: [], cards: new Map() }
    let isStale = true
    let request = 0
    const update = () => {
      request = 0
      const s = store.getState()
      const view = viewOf(s)
      if (isStale) picture = collectPicture(source)
      const frame = frameMinimap(picture.bounds ?? view, view, size)
      frameRef.current = frame
      const svg = svgRef.current
      const mask = maskRef.current
      const canvas = canvasRef.current
      if (!svg || !mask || !canvas) return
      const box = `${frame.x} ${frame.y} ${frame.width} ${frame.height}`
      svg.setAttribute('viewBox', box)
      const o = OFFSET * frame.scale
      mask.setAttribute(
        'd',
        `M${frame.x - o},${frame.y - o}h${frame.width + 2 * o}v${frame.height + 2 * o}h${-frame.width - 2 * o}z` +
          `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`,
      )
      if (box === drawnFrame && !isStale) return
      drawnFrame = box
      isStale = false
      drawNodes(canvas, picture, palette, frame, size)
    }
    // At most once a frame, whatever asked: a pan's pointer events and a drag's store updates come faster.
    const schedule = () => {
      if (!request) request = requestAnimationFrame(update)
    }
    update()
    const offView = store.subscribe((s, before) => {
      if (s.transform !== before.transform || s.width !== before.width || s.height !== before.height) schedule()
    })
    const offSource = source.subscribe?.(() => {
      isStale = true
      schedule()
    })
    return () => {
      offView()
      offSource?.()
      cancelAnimationFrame(request)
    }
  }, [store, source, palette, size])

  // Drag to pan, wheel to zoom, as React Flow's pannable, zoomable minimap.
  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    let last: { x: number; y: number; id: number } | null = null
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      svg.setPointerCapture(event.pointerId)
      last = { x: event.clientX, y: event.clientY, id: event.pointerId }
    }
    const onMove = (event: PointerEvent) => {
      if (!last || event.pointerId !== last.id || !frameRef.current) return
      const { scale } = frameRef.current
      const [x, y, zoom] = store.getState().transform
      void flow.setViewport({ x: x - (event.clientX - last.x) * scale * zoom, y: y - (event.clientY - last.y) * scale * zoom, zoom })
      last = { ...last, x: event.clientX, y: event.clientY }
    }
    const onUp = (event: PointerEvent) => {
      if (last && event.pointerId === last.id) last = null
    }
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const s = store.getState()
      const [x, y, zoom] = s.transform
      const next = Math.min(s.maxZoom, Math.max(s.minZoom, zoom * 2 ** (-event.deltaY * WHEEL_ZOOM)))
      // About the view's centre.
      const [cx, cy] = [(s.width / 2 - x) / zoom, (s.height / 2 - y) / zoom]
      void flow.setViewport({ x: s.width / 2 - cx * next, y: s.height / 2 - cy * next, zoom: next })
    }
    const off = listen(svg, { pointerdown: onDown, pointermove: onMove, pointerup: onUp, pointercancel: onUp })
    const offWheel = listen(svg, { wheel: onWheel }, { passive: false })
    return () => {
      off()
      offWheel()
    }
  }, [store, flow])

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap" data-testid="rf__minimap" style={size}>
      <canvas ref={canvasRef} className="canvas-minimap__nodes" aria-hidden="true" style={size} />
      <svg ref={svgRef} width={size.width} height={size.height} className="react-flow__minimap-svg" role="img" aria-label={label}>
        <title>{label}</title>
        <path ref={maskRef} className="react-flow__minimap-mask" fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  )
}

/** The nodes as the minimap shows them: zones outlined, cards filled in their category's colour, faded. */
function drawNodes(canvas: HTMLCanvasElement, picture: MinimapPicture, palette: SvgPalette, frame: Frame, size: { width: number; height: number }): void {
  const dpr = window.devicePixelRatio || 1
  const [pw, ph] = [Math.round(size.width * dpr), Math.round(size.height * dpr)]
  if (canvas.width !== pw || canvas.height !== ph) [canvas.width, canvas.height] = [pw, ph]
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, pw, ph)
  const k = dpr / frame.scale
  ctx.setTransform(k, 0, 0, k, -frame.x * k, -frame.y * k)
  ctx.lineWidth = frame.scale
  ctx.fillStyle = palette.zoneFill
  ctx.strokeStyle = palette.category.zone
  const { zones } = picture
  for (let i = 0; i < zones.length; i += 4) {
    ctx.fillRect(zones[i], zones[i + 1], zones[i + 2], zones[i + 3])
    ctx.strokeRect(zones[i], zones[i + 1], zones[i + 2], zones[i + 3])
  }
  // The category's colour at 55 % over the surface, opaque: thousands of cards under a pixel each would stack a
  // translucent fill into a dark slab.
  for (const [category, run] of picture.cards) {
    ctx.fillStyle = tintColour(palette.category[category], palette.surface, 0.55)
    for (let i = 0; i < run.length; i += 4) ctx.fillRect(run[i], run[i + 1], run[i + 2], run[i + 3])
  }
}
