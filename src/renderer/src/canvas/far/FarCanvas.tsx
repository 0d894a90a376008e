import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { useStore, useStoreApi } from '@xyflow/react'
import { PALETTES } from '@core/export/svgTheme'
import { THEMES } from '@core/picture'
import { useEditorStore } from '@renderer/store'
import { useResolvedTheme } from '@renderer/styles'
import { moveInScene } from './farScene'
import { buildFarPaint, buildSelectionPaint, drawFarPaint, type PaintOp } from './farPaint'
import { isPictureUsable, placePicture, planPicture } from './farCache'
import { buildStaticPaint, isSmall, MAX_CHANGES, measureChange, movingOnly, redrawBox } from './farRedraw'
import { useFarScene, useIsDrawnFar } from './farState'
import { Minimap } from '../minimap/Minimap'
import { sceneMinimapSource } from '../minimap/minimapSources'
import { listenFarPointer, type FarLive } from './farPointer'

/** How long the zoom must rest before the picture is drawn again at the new zoom (it is scaled meanwhile). */
const ZOOM_REST_MS = 150


/**
 * Farthest out, a design too large to render whole (over WHOLE_UP_TO nodes, under 20 %) is drawn on one
 * <canvas> instead of as thousands of elements: at 5,000 nodes Chromium spent 70-80 ms of each pan frame
 * layerising the cards' and edges' elements even with no script running (bench/bisectPan.ts, sessions 9-10),
 * which no change of ours to those elements could remove. React Flow keeps the nodes in its store, measured,
 * but once they are all measured they are hidden from its renderer (Canvas.tsx), so it mounts none of them. A
 * left press on a drawn card selects it and drags it (and the other selected cards) as React Flow would; on the
 * empty canvas it draws this canvas's own selection box (React Flow's would find no hidden node) or, as a click,
 * clears the selection; a middle or right press goes on to React Flow, which pans. Zooming in past 20 % brings
 * the elements back.
 */
interface FarCanvasProps {
  /** The canvas's wrapper: a press on a drawn card inside it is the far canvas's. */
  wrapRef: RefObject<HTMLDivElement | null>
  /** The what-if mode's click: a card pressed and released without moving. */
  onNodeClick: (id: string) => void
  /** The what-if mode's click on a connection. */
  onEdgeClick: (id: string) => void
  canDrag: boolean
  minimap: { size: { width: number; height: number }; label: string }
}

export function FarCanvas(props: FarCanvasProps) {
  return useIsDrawnFar() ? <FarCanvasLayer {...props} /> : null
}

function FarCanvasLayer({ wrapRef, onNodeClick, onEdgeClick, canDrag, minimap }: FarCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const overlayRef = useRef<HTMLCanvasElement>(null)
  const boxRef = useRef<HTMLDivElement>(null)
  const scene = useFarScene()
  const theme = useResolvedTheme()
  const palette = PALETTES[theme]
  const accent = THEMES[theme].accent
  const selectedNodeIds = useEditorStore((s) => s.selectedNodeIds)
  const selectedEdgeIds = useEditorStore((s) => s.selectedEdgeIds)
  const selection = useMemo(
    () => ({ nodes: new Set(selectedNodeIds), edges: new Set(selectedEdgeIds) }),
    [selectedNodeIds, selectedEdgeIds],
  )
  const store = useStoreApi()
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)
  const cardCount = scene.cards.length
  const minimapSource = useMemo(() => sceneMinimapSource(scene), [scene])

  // Everything the pointer handlers and the frame need, read when they run rather than bound when they were made.
  const live = useRef<FarLive>({
    scene,
    palette,
    accent,
    selection,
    onNodeClick,
    onEdgeClick,
    canDrag,
    drag: null,
    frame: 0,
    cache: null,
    zoomChangedAt: 0,
    restTimer: 0,
    hasOverlay: false,
    selectionPaint: null,
    box: null,
  })
  live.current.scene = scene
  live.current.palette = palette
  live.current.accent = accent
  live.current.selection = selection
  live.current.onNodeClick = onNodeClick
  live.current.onEdgeClick = onEdgeClick
  live.current.canDrag = canDrag

  // One draw per frame, whatever asked for it: the view (React Flow's transform), the scene, a drag's move.
  const requestDraw = useRef(() => {})
  requestDraw.current = () => {
    if (live.current.frame) return
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0
      const canvas = canvasRef.current
      const overlay = overlayRef.current
      const ctx = canvas?.getContext('2d')
      const overlayCtx = overlay?.getContext('2d')
      if (!canvas || !ctx || !overlay || !overlayCtx) return
      const { transform, width: w, height: h } = store.getState()
      const view = { x: transform[0], y: transform[1], zoom: transform[2], width: w, height: h }
      const dpr = window.devicePixelRatio || 1
      const { drag, cache, scene: current, palette: colours } = live.current
      // The picture shows the scene, or during a drag everything but what moves (then keyed by the drag).
      const key = drag?.isMoved ? drag : current
      const isZoomResting = performance.now() - live.current.zoomChangedAt >= ZOOM_REST_MS
      const isUsable = cache !== null && cache.dpr === dpr && cache.palette === colours && isPictureUsable(cache.picture, view, isZoomResting)
      const change = isUsable && cache.key !== key ? measureChange(cache.key, key, current) : null
      if (isUsable && change && change.count <= MAX_CHANGES && isSmall(change.box, cache.picture)) {
        // A drag starts, ends or is undone, an analysis marks a few cards: only that box is drawn again.
        if (change.box) redrawBox(ctx, cache.picture, current, colours, change.box, drag?.isMoved ? drag.moving : undefined, dpr)
        cache.key = key
      } else if (!isUsable || cache.key !== key) {
        const picture = planPicture(view, dpr)
        const [pw, ph] = [Math.round(picture.width * dpr), Math.round(picture.height * dpr)]
        if (canvas.width !== pw || canvas.height !== ph) [canvas.width, canvas.height] = [pw, ph]
        canvas.style.width = `${picture.width}px`
        canvas.style.height = `${picture.height}px`
        const base = drag?.isMoved ? buildStaticPaint(current, drag, colours) : buildFarPaint(current, colours)
        drawFarPaint(ctx, [base], { x: -picture.left * view.zoom, y: -picture.top * view.zoom, zoom: view.zoom, dpr })
        live.current.cache = { picture, key, dpr, palette: colours }
      }
      const placed = live.current.cache as NonNullable<typeof cache>
      canvas.style.transform = placePicture(placed.picture, view)
      // A zoom that has not rested shows the picture scaled; once it rests, the picture is drawn at the new zoom.
      if (placed.picture.zoom !== view.zoom) {
        clearTimeout(live.current.restTimer)
        live.current.restTimer = window.setTimeout(() => requestDraw.current(), ZOOM_REST_MS)
      }
      // The selection, and what a drag moves, are drawn over the picture on a canvas of the view's size.
      // While a selection box is drawn, what it would select (committed on release).
      const { accent: ring } = live.current
      const selected = live.current.box?.isMoved ? live.current.box.selection : live.current.selection
      const overlayPaint: PaintOp[][] = []
      if (drag?.isMoved) {
        const moved = moveInScene(current, useEditorStore.getState().design, drag.moving, drag.delta)
        overlayPaint.push(buildFarPaint(moved, live.current.palette, movingOnly(drag)), buildSelectionPaint(moved, selected.nodes, selected.edges, ring))
      } else if (selected.nodes.size > 0 || selected.edges.size > 0) {
        // Built once per scene and selection, not on every frame of a pan.
        const kept = live.current.selectionPaint
        if (kept?.scene !== current || kept.selection !== selected || kept.accent !== ring)
          live.current.selectionPaint = { scene: current, selection: selected, accent: ring, paint: buildSelectionPaint(current, selected.nodes, selected.edges, ring) }
        overlayPaint.push(live.current.selectionPaint!.paint)
      }
      if (overlayPaint.length > 0) {
        const [pw, ph] = [Math.round(w * dpr), Math.round(h * dpr)]
        if (overlay.width !== pw || overlay.height !== ph) [overlay.width, overlay.height] = [pw, ph]
        drawFarPaint(overlayCtx, overlayPaint, { ...view, dpr })
        live.current.hasOverlay = true
      } else if (live.current.hasOverlay) {
        overlayCtx.setTransform(1, 0, 0, 1, 0, 0)
        overlayCtx.clearRect(0, 0, overlay.width, overlay.height)
        live.current.hasOverlay = false
      }
    })
  }
  useEffect(() => requestDraw.current(), [scene, palette, selection, width, height])
  // A card that had the keyboard's focus is hidden now: the focus stays on the canvas, not lost to the page.
  useEffect(() => {
    const active = document.activeElement
    if (active === document.body || active?.closest('.react-flow__nodes')) canvasRef.current?.focus()
  }, [])
  // Moved to a screen of another pixel ratio, the picture is drawn again at its resolution.
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`)
    const onChange = () => requestDraw.current()
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  useEffect(() => {
    const unsubscribe = store.subscribe((s, before) => {
      if (s.transform === before.transform) return
      if (s.transform[2] !== before.transform[2]) live.current.zoomChangedAt = performance.now()
      requestDraw.current()
    })
    const current = live.current
    return () => {
      unsubscribe()
      cancelAnimationFrame(current.frame)
      clearTimeout(current.restTimer)
      current.frame = 0
    }
  }, [store])

  useEffect(() => {
    const wrap = wrapRef.current
    const overlay = overlayRef.current
    if (!wrap || !overlay) return
    return listenFarPointer({ wrap, overlay, boxElement: boxRef.current, store, live: live.current, requestDraw: () => requestDraw.current() })
  }, [store, wrapRef])

  return (
    <>
      <canvas
        ref={canvasRef}
        className="far-canvas"
        data-testid="far-canvas"
        tabIndex={-1}
        role="img"
        aria-label={`The design drawn far out: ${cardCount} cards. Zoom in to reach each card from the keyboard.`}
      />
      <canvas ref={overlayRef} className="far-canvas far-canvas--moving" aria-hidden="true" style={{ width, height }} />
      {/* React Flow's look for the selection box (its class), placed by the pointer handlers. */}
      <div ref={boxRef} className="react-flow__selection far-selection" data-testid="far-selection" hidden />
      <Minimap source={minimapSource} palette={palette} size={minimap.size} label={minimap.label} />
    </>
  )
}

