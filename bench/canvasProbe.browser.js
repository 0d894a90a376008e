// In-page half of bench/canvas.bench.ts (plain browser JavaScript: the bench's tsconfig has no DOM types).
// Loaded with page.addInitScript; everything hangs off window.__archsightBench.
window.__archsightBench = {
  /**
   * Resolves with { badge, card }: ms from the Enter keydown in the instances field to one frame after the node's
   * finding badge changed, and to the moment the card's own "xN" copy count changed (the editor's render alone).
   */
  watchBadge(nodeId) {
    return new Promise((resolve, reject) => {
      const card = document.querySelector(`[data-testid="node"][data-node-id="${nodeId}"]`)
      const input = document.querySelector('[data-testid="field-instances"]')
      if (!card || !input) return reject(new Error('node or field missing'))
      const describe = () => card.querySelector('[data-testid="node-badge"]')?.getAttribute('data-count') ?? 'none'
      const copies = () => card.querySelector('[data-testid="node-count"]')?.textContent ?? 'x1'
      const before = describe()
      const copiesBefore = copies()
      let start = 0
      let cardAt = 0
      input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true })
      const observer = new MutationObserver(() => {
        if (start === 0) return
        if (cardAt === 0 && copies() !== copiesBefore) cardAt = performance.now() - start
        if (describe() === before) return
        observer.disconnect()
        const badgeAt = performance.now() - start
        requestAnimationFrame(() => resolve({ badge: performance.now() - start, badgeDom: badgeAt, card: cardAt || null }))
      })
      observer.observe(card, { subtree: true, childList: true, attributes: true })
      setTimeout(() => reject(new Error('badge did not change within 10 s')), 10000)
    })
  },
  /** Starts recording long tasks and frame gaps; stop() returns the worst of each. */
  startDragWatch() {
    const stop = window.__recordFrames()
    this.stop = () => {
      const { frames, longestTask } = stop()
      return { longestTask, longestFrame: Math.max(0, ...frames), frames: frames.length }
    }
  },
  /**
   * What-if repaint: ms from the keydown (W) or pointer down (a click that fails a card) to one frame after the
   * watched card's data-state became `state`.
   */
  watchState(nodeId, state, eventType) {
    return new Promise((resolve, reject) => {
      const card = () => document.querySelector(`[data-testid="node"][data-node-id="${nodeId}"]`)
      let start = 0
      window.addEventListener(eventType, () => (start = performance.now()), { once: true, capture: true })
      const check = () => {
        if (start === 0 || card()?.dataset.state !== state) return false
        const dom = performance.now() - start
        requestAnimationFrame(() => resolve({ painted: performance.now() - start, dom }))
        return true
      }
      const observer = new MutationObserver(() => check() && observer.disconnect())
      observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] })
      setTimeout(() => reject(new Error(`${nodeId} did not become ${state} within 10 s`)), 10000)
    })
  },
  /**
   * Long tasks around a drop: call before releasing the mouse; after(ms) resolves, that long after the release,
   * with { drop, after }: the longest task that began by 20 ms after the pointerup (the drop's own, which
   * commits the move), and the longest that began later (what the drop set off). 0: none of 50 ms or more.
   */
  watchDrop() {
    const tasks = []
    let up = Infinity
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
    observer.observe({ type: 'longtask' })
    window.addEventListener('pointerup', () => (up = performance.now()), { once: true, capture: true })
    this.dropFigures = (ms) =>
      new Promise((resolve) =>
        setTimeout(() => {
          observer.disconnect()
          const within = (t) => t.startTime >= up - 5 && t.startTime <= up + ms
          const longest = (xs) => Math.max(0, ...xs.map((t) => t.duration))
          resolve({
            drop: longest(tasks.filter((t) => within(t) && t.startTime <= up + 20)),
            after: longest(tasks.filter((t) => within(t) && t.startTime > up + 20)),
          })
        }, ms),
      )
  },
  /** A service that is a single point of failure and on screen. */
  pickService() {
    const cards = [...document.querySelectorAll('[data-testid="node"][data-kind="service"]')]
    return cards.find((el) => el.querySelector('[data-testid="spof-mark"]'))?.dataset.nodeId ?? null
  },
  isLoaded(count) {
    return document.querySelectorAll('[data-testid="node"]').length >= Math.min(count, 50) && document.querySelector('[data-testid="problem"]') !== null
  },
}
