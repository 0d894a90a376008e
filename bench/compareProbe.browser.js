// In-page half of bench/compare.bench.ts (plain browser JavaScript: the bench's tsconfig has no DOM types).
// Loaded with page.addInitScript into both pages (Archsight's canvas and bare React Flow); it only reads the
// React Flow DOM the two share.
window.__compareProbe = {
  /**
   * Centre of the card nearest the middle of the canvas, zones and groups excluded, among the cards whose centre
   * the pointer would really press: far out an edge drawn across a card can be what lies under its centre, and a
   * press there selects the edge or starts a selection box instead of dragging the card.
   */
  pickNodePoint() {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    const cx = pane.left + pane.width / 2
    const cy = pane.top + pane.height / 2
    const cards = []
    for (const el of document.querySelectorAll('.react-flow__node:not(.react-flow__node-group):not(.react-flow__node-zone)')) {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      if (r.width > 0) cards.push({ el, x, y, d: (x - cx) ** 2 + (y - cy) ** 2 })
    }
    cards.sort((a, b) => a.d - b.d)
    const hit = cards.find((c) => document.elementFromPoint(c.x, c.y)?.closest('.react-flow__node') === c.el)
    return hit ? { x: hit.x, y: hit.y } : null
  },
  /**
   * Farthest out, a design over 2,000 nodes is drawn on one canvas (canvas/far/FarCanvas.tsx): no card element to
   * measure, so the card nearest the middle is found from the design's rectangles (`cards`, flow coordinates)
   * and the view's transform, as the canvas finds what a press lands on. Null when the canvas is not drawn.
   */
  pickDrawnNodePoint(cards) {
    if (!document.querySelector('[data-testid="far-canvas"]')) return null
    const { pane, place } = this.flowToScreen()
    const cx = pane.left + pane.width / 2
    const cy = pane.top + pane.height / 2
    let best = null
    for (const card of cards) {
      const { x, y } = place(card.x + card.width / 2, card.y + card.height / 2)
      const d = (x - cx) ** 2 + (y - cy) ** 2
      if (!best || d < best.d) best = { x, y, d }
    }
    // A panel (the minimap, the zoom buttons) over the point would take the press instead.
    return best && document.elementFromPoint(best.x, best.y)?.classList.contains('react-flow__pane') ? { x: best.x, y: best.y } : null
  },
  /** How many of `cards` (flow rectangles) lie on screen, for a drawn canvas (see pickDrawnNodePoint). */
  countDrawnInView(cards) {
    const { pane, place } = this.flowToScreen()
    let count = 0
    for (const card of cards) {
      const a = place(card.x, card.y)
      const b = place(card.x + card.width, card.y + card.height)
      if (b.x > pane.left && a.x < pane.right && b.y > pane.top && a.y < pane.bottom) count++
    }
    return count
  },
  flowToScreen() {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform)
    return { pane, place: (x, y) => ({ x: pane.left + m.e + x * m.a, y: pane.top + m.f + y * m.a }) }
  },
  /** A point of the empty pane near the middle, where a drag pans the view. */
  pickPanePoint() {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    for (let ring = 0; ring < 40; ring++) {
      for (let k = 0; k < 16; k++) {
        const x = pane.left + pane.width / 2 + Math.cos((k * Math.PI) / 8) * ring * 12
        const y = pane.top + pane.height / 2 + Math.sin((k * Math.PI) / 8) * ring * 12
        const hit = document.elementFromPoint(x, y)
        if (hit && hit.classList.contains('react-flow__pane')) return { x, y }
      }
    }
    return null
  },
  /** The zoom and how many cards are on screen: the two pages must show the same picture for a fair ratio. */
  viewInfo() {
    const viewport = document.querySelector('.react-flow__viewport')
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    let cardsInView = 0
    for (const el of document.querySelectorAll('.react-flow__node:not(.react-flow__node-group):not(.react-flow__node-zone)')) {
      const r = el.getBoundingClientRect()
      if (r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom) cardsInView++
    }
    return { zoom: Math.round(zoom * 1000) / 1000, cardsInView }
  },
  /** Starts recording frame times and long tasks; stop() returns them. */
  start() {
    this.stop = window.__recordFrames()
  },
}
