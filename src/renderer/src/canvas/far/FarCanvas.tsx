import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { useStore, useStoreApi } from '@xyflow/react'
import { collectDescendants } from '@core/design/edit/designOps'
import { PALETTES, type SvgPalette } from '@core/export/svgTheme'
import { THEMES, type Point } from '@core/picture'
import { useEditorStore } from '@renderer/store'
import { useResolvedTheme } from '@renderer/styles'
import { hitFarEdge, hitFarScene, isSameBoxSelection, moveInScene, selectInBox, type BoxSelection, type FarEdge, type FarScene } from './farScene'
import { buildFarPaint, buildSelectionPaint, drawFarPaint, edgePathOf, type PaintOp } from './farPaint'
import { isPictureUsable, placePicture, planPicture, type CachedPicture } from './farCache'
import { buildStaticPaint, isSmall, MAX_CHANGES, measureChange, movingOnly, redrawBox, type Drag } from './farRedraw'
import { useFarScene, useIsDrawnFar } from './farState'
import { FarMinimap } from './FarMinimap'
import { listen } from './listen'
import { focusLabelField } from '../focusLabelField'

/** The snap of a drag, as the canvas's snapGrid. */
const SNAP = 8
/** How long the zoom must rest before the picture is drawn again at the new zoom (it is scaled meanwhile). */
const ZOOM_REST_MS = 150
/** A press that moves less than this (screen px) is a click. */
const CLICK_SLOP = 3


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

  // Everything the pointer handlers and the frame need, read when they run rather than bound when they were made.
  const live = useRef({
    scene,
    palette,
    accent,
    selection,
    onNodeClick,
    onEdgeClick,
    canDrag,
    drag: null as Drag | null,
    frame: 0,
    cache: null as { picture: CachedPicture; key: FarScene | Drag; dpr: number; palette: SvgPalette } | null,
    zoomChangedAt: 0,
    restTimer: 0,
    hasOverlay: false,
    selectionPaint: null as { scene: FarScene; selection: BoxSelection; accent: string; paint: PaintOp[] } | null,
    /** A selection box being drawn: where it started (screen, relative to the view) and what it selects so far. */
    box: null as { pointerId: number; start: Point; selection: BoxSelection; isMoved: boolean } | null,
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
    // The overlay covers the view exactly (the picture's canvas is larger and moved by a transform).
    const overlay = overlayRef.current
    if (!wrap || !overlay) return
    const toFlow = (event: PointerEvent | MouseEvent): Point => {
      const box = overlay.getBoundingClientRect()
      const [x, y, zoom] = store.getState().transform
      return { x: (event.clientX - box.left - x) / zoom, y: (event.clientY - box.top - y) / zoom }
    }
    // An edge is hit within 6 screen pixels of its line (the line itself is about one pixel wide far out).
    const probe = document.createElement('canvas').getContext('2d')
    const hitEdge = (point: Point): FarEdge | null => {
      if (!probe) return null
      const reach = 6 / store.getState().transform[2]
      probe.lineWidth = 2 * reach
      return hitFarEdge(live.current.scene, point, reach, (edge) => probe.isPointInStroke(edgePathOf(edge), point.x, point.y))
    }
    const onPane = (event: Event): boolean =>
      event.target instanceof Element && wrap.contains(event.target) && event.target.closest('.react-flow__pane') !== null
    let claimedClick = false
    /** The card a press landed on: a click acts only where it was pressed and released on the same card. */
    let pressedId: string | null = null
    let hovered: 'card' | null = null

    const toView = (event: PointerEvent): Point => {
      const box = overlay.getBoundingClientRect()
      return { x: event.clientX - box.left, y: event.clientY - box.top }
    }
    const showBox = (from: Point, to: Point | null) => {
      const element = boxRef.current
      if (!element) return
      element.hidden = to === null
      if (!to) return
      element.style.transform = `translate(${Math.min(from.x, to.x)}px, ${Math.min(from.y, to.y)}px)`
      element.style.width = `${Math.abs(to.x - from.x)}px`
      element.style.height = `${Math.abs(to.y - from.y)}px`
    }
    const endBox = () => {
      const box = live.current.box
      if (!box) return
      live.current.box = null
      showBox(box.start, null)
      if (wrap.hasPointerCapture(box.pointerId)) wrap.releasePointerCapture(box.pointerId)
      requestDraw.current()
    }

    const onPointerDown = (event: PointerEvent) => {
      claimedClick = false
      pressedId = null
      if (event.button !== 0 || !onPane(event)) return
      const point = toFlow(event)
      const found = hitFarScene(live.current.scene, point)
      // A card is over every edge, an edge over the zones.
      const edge = found && found.node.kind !== 'zone' ? null : hitEdge(point)
      const hit = edge ? null : found
      // Ours: React Flow must neither pan nor start its own selection box (its nodes are hidden from its renderer
      // and its box would find none; preventDefault also stops the mouse events). Stopped at the window, before
      // React's root: the pane's own capture-phase handler runs there.
      event.preventDefault()
      event.stopPropagation()
      claimedClick = true
      if (!hit && !edge) {
        // On the empty canvas: a selection box as React Flow's (it selects what it touches), or a click that clears.
        wrap.setPointerCapture(event.pointerId)
        live.current.box = { pointerId: event.pointerId, start: toView(event), selection: { nodes: new Set(), edges: new Set() }, isMoved: false }
        return
      }
      const state = useEditorStore.getState()
      const isToggle = event.shiftKey || event.metaKey || event.ctrlKey
      if (edge) {
        // A connection is selected (or toggled), never dragged; in the what-if mode its click fails it.
        pressedId = `edge:${edge.id}`
        const next = new Set(isToggle ? state.selectedEdgeIds : [])
        if (isToggle && next.has(edge.id)) next.delete(edge.id)
        else next.add(edge.id)
        state.select(isToggle ? state.selectedNodeIds : [], [...next])
        return
      }
      if (!hit) return
      pressedId = hit.id
      if (isToggle) {
        const next = new Set(state.selectedNodeIds)
        if (next.has(hit.id)) next.delete(hit.id)
        else next.add(hit.id)
        state.select([...next], state.selectedEdgeIds)
        return
      }
      const ids = state.selectedNodeIds.includes(hit.id) ? new Set(state.selectedNodeIds) : new Set([hit.id])
      if (!state.selectedNodeIds.includes(hit.id)) state.select([hit.id], [])
      if (!live.current.canDrag) return
      wrap.setPointerCapture(event.pointerId)
      live.current.drag = {
        pointerId: event.pointerId,
        start: { x: event.clientX, y: event.clientY },
        ids,
        moving: new Set([...ids, ...collectDescendants(state.design, ids)]),
        origin: { x: hit.rect.x, y: hit.rect.y },
        delta: { x: 0, y: 0 },
        isMoved: false,
        scene: null,
      }
    }
    const onPointerMove = (event: PointerEvent) => {
      const box = live.current.box
      if (box && event.pointerId === box.pointerId) {
        event.stopPropagation()
        const at = toView(event)
        if (!box.isMoved && Math.hypot(at.x - box.start.x, at.y - box.start.y) < CLICK_SLOP) return
        box.isMoved = true
        showBox(box.start, at)
        const [x, y, zoom] = store.getState().transform
        const rect = {
          x: (Math.min(box.start.x, at.x) - x) / zoom,
          y: (Math.min(box.start.y, at.y) - y) / zoom,
          width: Math.abs(at.x - box.start.x) / zoom,
          height: Math.abs(at.y - box.start.y) / zoom,
        }
        const next = selectInBox(live.current.scene, rect)
        if (!isSameBoxSelection(next, box.selection)) {
          box.selection = next
          requestDraw.current()
        }
        return
      }
      const drag = live.current.drag
      if (!drag || event.pointerId !== drag.pointerId) {
        if (event.buttons === 0 && onPane(event)) {
          const next = hitFarScene(live.current.scene, toFlow(event)) ? 'card' : null
          if (next !== hovered) {
            hovered = next
            if (next) wrap.dataset.farHover = next
            else delete wrap.dataset.farHover
          }
        }
        return
      }
      event.stopPropagation()
      const zoom = store.getState().transform[2]
      const [dx, dy] = [event.clientX - drag.start.x, event.clientY - drag.start.y]
      if (!drag.isMoved && Math.hypot(dx, dy) < CLICK_SLOP) return
      if (!drag.isMoved) {
        drag.isMoved = true
        drag.scene = live.current.scene
      }
      // The pressed card's corner snaps to the grid, and every dragged node moves as much (React Flow's snap).
      const snap = (v: number) => Math.round(v / SNAP) * SNAP
      drag.delta = { x: snap(drag.origin.x + dx / zoom) - drag.origin.x, y: snap(drag.origin.y + dy / zoom) - drag.origin.y }
      requestDraw.current()
    }
    const finish = (event: PointerEvent, isCancel: boolean) => {
      const box = live.current.box
      if (box && event.pointerId === box.pointerId) {
        event.stopPropagation()
        endBox()
        if (isCancel) return
        // A box selects what it touched; a click on the empty canvas clears the selection (as React Flow's pane).
        const { nodes, edges } = box.isMoved ? box.selection : { nodes: [], edges: [] }
        useEditorStore.getState().select([...nodes], [...edges])
        return
      }
      const drag = live.current.drag
      if (!drag || event.pointerId !== drag.pointerId) return
      event.stopPropagation()
      live.current.drag = null
      if (drag.isMoved) pressedId = null
      if (wrap.hasPointerCapture(event.pointerId)) wrap.releasePointerCapture(event.pointerId)
      if (!isCancel && drag.isMoved && (drag.delta.x !== 0 || drag.delta.y !== 0)) {
        const state = useEditorStore.getState()
        const moves = new Map<string, Point>()
        for (const item of [...live.current.scene.zones, ...live.current.scene.cards])
          if (drag.ids.has(item.id)) moves.set(item.id, { x: item.rect.x + drag.delta.x, y: item.rect.y + drag.delta.y })
        // The new design brings a new scene (the effect on `scene` draws the difference): a frame drawn before it
        // would show the cards back where they were.
        cancelAnimationFrame(live.current.frame)
        live.current.frame = 0
        state.moveNodes(moves)
        return
      }
      requestDraw.current()
    }
    const onPointerUp = (event: PointerEvent) => finish(event, false)
    const onPointerCancel = (event: PointerEvent) => finish(event, true)
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && live.current.box) {
        // Escape mid-box leaves the selection as it was.
        event.stopPropagation()
        endBox()
        return
      }
      const drag = live.current.drag
      if (event.key !== 'Escape' || !drag) return
      // Escape mid-drag puts the cards back where they were (and the release that follows is no click).
      event.stopPropagation()
      pressedId = null
      live.current.drag = null
      if (wrap.hasPointerCapture(drag.pointerId)) wrap.releasePointerCapture(drag.pointerId)
      requestDraw.current()
    }
    // The click and double-click of a press that was ours must not reach the pane (its click clears the selection).
    const onClick = (event: MouseEvent) => {
      if (!claimedClick) return
      event.stopPropagation()
      if (event.detail > 1 || live.current.drag || !pressedId) return
      const point = toFlow(event)
      if (pressedId.startsWith('edge:')) {
        const edge = hitEdge(point)
        if (edge && `edge:${edge.id}` === pressedId) live.current.onEdgeClick(edge.id)
        return
      }
      const hit = hitFarScene(live.current.scene, point)
      if (hit && hit.id === pressedId) live.current.onNodeClick(hit.id)
    }
    const onDoubleClick = (event: MouseEvent) => {
      if (!claimedClick) return
      event.stopPropagation()
      // As on a card near: double-click to rename.
      if (pressedId && !pressedId.startsWith('edge:')) focusLabelField()
    }
    // At the window, in the capture phase: before React's root and React Flow's pane see the event.
    const unlisten = listen(window, { pointerdown: onPointerDown, pointermove: onPointerMove, pointerup: onPointerUp, pointercancel: onPointerCancel, click: onClick, dblclick: onDoubleClick, keydown: onKeyDown }, true)
    const current = live.current
    return () => {
      unlisten()
      delete wrap.dataset.farHover
      current.drag = null
      current.box = null
    }
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
      <FarMinimap scene={scene} palette={palette} size={minimap.size} label={minimap.label} />
    </>
  )
}

