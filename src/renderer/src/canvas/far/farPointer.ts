import type { useStoreApi } from '@xyflow/react'
import { collectDescendants } from '@core/design/edit/designOps'
import type { Rect } from '@core/design/geometry'
import type { SvgPalette } from '@core/export/svgTheme'
import type { Point } from '@core/picture'
import { useEditorStore } from '@renderer/store'
import { hitFarEdge, hitFarScene, isSameBoxSelection, selectInBox, type BoxSelection, type FarEdge, type FarScene } from './farScene'
import { edgePathOf, type PaintOp } from './farPaint'
import type { CachedPicture } from './farCache'
import type { Drag } from './farRedraw'
import { listen } from './listen'
import { focusLabelField } from '../focusLabelField'

/** The snap of a drag, as the canvas's snapGrid. */
const SNAP = 8
/** A press that moves less than this (screen px) is a click. */
const CLICK_SLOP = 3

/** The rectangle two corners span. */
const spanOf = (a: Point, b: Point): Rect => ({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) })

/** What the far canvas's pointer handlers and its frame share, read when they run rather than bound when made. */
export interface FarLive {
  scene: FarScene
  palette: SvgPalette
  accent: string
  selection: BoxSelection
  onNodeClick: (id: string) => void
  onEdgeClick: (id: string) => void
  canDrag: boolean
  drag: Drag | null
  frame: number
  cache: { picture: CachedPicture; key: FarScene | Drag; dpr: number; palette: SvgPalette } | null
  zoomChangedAt: number
  restTimer: number
  hasOverlay: boolean
  selectionPaint: { scene: FarScene; selection: BoxSelection; accent: string; paint: PaintOp[] } | null
  /** A selection box being drawn: where it started (screen, relative to the view) and what it selects so far. */
  box: { pointerId: number; start: Point; selection: BoxSelection; isMoved: boolean } | null
}

export interface FarPointerInput {
  /** The canvas's wrapper: a press on the drawn picture inside it is the far canvas's. */
  wrap: HTMLElement
  /** The overlay covers the view exactly (the picture's canvas is larger and moved by a transform). */
  overlay: HTMLElement
  /** The selection box's element (React Flow's look), placed here. */
  boxElement: HTMLElement | null
  store: Pick<ReturnType<typeof useStoreApi>, 'getState'>
  live: FarLive
  requestDraw: () => void
}

/**
 * The far canvas's pointer and keys (FarCanvas.tsx): a left press on a drawn card selects and drags it, on a
 * connection selects it, on the empty canvas draws a selection box or, as a click, clears the selection; the
 * what-if mode's clicks; Escape cancels a drag or a box. Listened to at the window in the capture phase, before
 * React Flow's pane. Returns the function that stops listening.
 */
export function listenFarPointer({ wrap, overlay, boxElement, store, live, requestDraw }: FarPointerInput): () => void {
  /** Where an event is in the view (screen px from its corner), and a view point in the flow. */
  const toView = (event: PointerEvent | MouseEvent): Point => {
    const box = overlay.getBoundingClientRect()
    return { x: event.clientX - box.left, y: event.clientY - box.top }
  }
  const viewToFlow = (point: Point): Point => {
    const [x, y, zoom] = store.getState().transform
    return { x: (point.x - x) / zoom, y: (point.y - y) / zoom }
  }
  const toFlow = (event: PointerEvent | MouseEvent): Point => viewToFlow(toView(event))
  // An edge is hit within 6 screen pixels of its line (the line itself is about one pixel wide far out).
  const probe = document.createElement('canvas').getContext('2d')
  const hitEdge = (point: Point): FarEdge | null => {
    if (!probe) return null
    const reach = 6 / store.getState().transform[2]
    probe.lineWidth = 2 * reach
    return hitFarEdge(live.scene, point, reach, (edge) => probe.isPointInStroke(edgePathOf(edge), point.x, point.y))
  }
  const onPane = (event: Event): boolean =>
    event.target instanceof Element && wrap.contains(event.target) && event.target.closest('.react-flow__pane') !== null
  let claimedClick = false
  /** The card a press landed on: a click acts only where it was pressed and released on the same card. */
  let pressedId: string | null = null
  let hovered: 'card' | null = null

  const showBox = (from: Point, to: Point | null) => {
    if (!boxElement) return
    boxElement.hidden = to === null
    if (!to) return
    const { x, y, width, height } = spanOf(from, to)
    boxElement.style.transform = `translate(${x}px, ${y}px)`
    boxElement.style.width = `${width}px`
    boxElement.style.height = `${height}px`
  }
  const endBox = () => {
    const box = live.box
    if (!box) return
    live.box = null
    showBox(box.start, null)
    if (wrap.hasPointerCapture(box.pointerId)) wrap.releasePointerCapture(box.pointerId)
    requestDraw()
  }

  const onPointerDown = (event: PointerEvent) => {
    claimedClick = false
    pressedId = null
    if (event.button !== 0 || !onPane(event)) return
    const point = toFlow(event)
    const found = hitFarScene(live.scene, point)
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
      live.box = { pointerId: event.pointerId, start: toView(event), selection: { nodes: new Set(), edges: new Set() }, isMoved: false }
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
    if (!live.canDrag) return
    wrap.setPointerCapture(event.pointerId)
    live.drag = {
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
    const box = live.box
    if (box && event.pointerId === box.pointerId) {
      event.stopPropagation()
      const at = toView(event)
      if (!box.isMoved && Math.hypot(at.x - box.start.x, at.y - box.start.y) < CLICK_SLOP) return
      box.isMoved = true
      showBox(box.start, at)
      const next = selectInBox(live.scene, spanOf(viewToFlow(box.start), viewToFlow(at)))
      if (!isSameBoxSelection(next, box.selection)) {
        box.selection = next
        requestDraw()
      }
      return
    }
    const drag = live.drag
    if (!drag || event.pointerId !== drag.pointerId) {
      if (event.buttons === 0 && onPane(event)) {
        const next = hitFarScene(live.scene, toFlow(event)) ? 'card' : null
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
      drag.scene = live.scene
    }
    // The pressed card's corner snaps to the grid, and every dragged node moves as much (React Flow's snap).
    const snap = (v: number) => Math.round(v / SNAP) * SNAP
    drag.delta = { x: snap(drag.origin.x + dx / zoom) - drag.origin.x, y: snap(drag.origin.y + dy / zoom) - drag.origin.y }
    requestDraw()
  }
  const finish = (event: PointerEvent, isCancel: boolean) => {
    const box = live.box
    if (box && event.pointerId === box.pointerId) {
      event.stopPropagation()
      endBox()
      if (isCancel) return
      // A box selects what it touched; a click on the empty canvas clears the selection (as React Flow's pane).
      const { nodes, edges } = box.isMoved ? box.selection : { nodes: [], edges: [] }
      useEditorStore.getState().select([...nodes], [...edges])
      return
    }
    const drag = live.drag
    if (!drag || event.pointerId !== drag.pointerId) return
    event.stopPropagation()
    live.drag = null
    if (drag.isMoved) pressedId = null
    if (wrap.hasPointerCapture(event.pointerId)) wrap.releasePointerCapture(event.pointerId)
    if (!isCancel && drag.isMoved && (drag.delta.x !== 0 || drag.delta.y !== 0)) {
      const state = useEditorStore.getState()
      const moves = new Map<string, Point>()
      for (const item of [...live.scene.zones, ...live.scene.cards])
        if (drag.ids.has(item.id)) moves.set(item.id, { x: item.rect.x + drag.delta.x, y: item.rect.y + drag.delta.y })
      // The new design brings a new scene (the effect on `scene` draws the difference): a frame drawn before it
      // would show the cards back where they were.
      cancelAnimationFrame(live.frame)
      live.frame = 0
      state.moveNodes(moves)
      return
    }
    requestDraw()
  }
  const onPointerUp = (event: PointerEvent) => finish(event, false)
  const onPointerCancel = (event: PointerEvent) => finish(event, true)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && live.box) {
      // Escape mid-box leaves the selection as it was.
      event.stopPropagation()
      endBox()
      return
    }
    const drag = live.drag
    if (event.key !== 'Escape' || !drag) return
    // Escape mid-drag puts the cards back where they were (and the release that follows is no click).
    event.stopPropagation()
    pressedId = null
    live.drag = null
    if (wrap.hasPointerCapture(drag.pointerId)) wrap.releasePointerCapture(drag.pointerId)
    requestDraw()
  }
  // The click and double-click of a press that was ours must not reach the pane (its click clears the selection).
  const onClick = (event: MouseEvent) => {
    if (!claimedClick) return
    event.stopPropagation()
    if (event.detail > 1 || live.drag || !pressedId) return
    const point = toFlow(event)
    if (pressedId.startsWith('edge:')) {
      const edge = hitEdge(point)
      if (edge && `edge:${edge.id}` === pressedId) live.onEdgeClick(edge.id)
      return
    }
    const hit = hitFarScene(live.scene, point)
    if (hit && hit.id === pressedId) live.onNodeClick(hit.id)
  }
  const onDoubleClick = (event: MouseEvent) => {
    if (!claimedClick) return
    event.stopPropagation()
    // As on a card near: double-click to rename.
    if (pressedId && !pressedId.startsWith('edge:')) focusLabelField(pressedId)
  }
  // At the window, in the capture phase: before React's root and React Flow's pane see the event.
  const unlisten = listen(window, { pointerdown: onPointerDown, pointermove: onPointerMove, pointerup: onPointerUp, pointercancel: onPointerCancel, click: onClick, dblclick: onDoubleClick, keydown: onKeyDown }, true)
  return () => {
    unlisten()
    delete wrap.dataset.farHover
    live.drag = null
    live.box = null
  }
}
