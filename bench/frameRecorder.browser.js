// In-page helper shared by bench/canvasProbe.browser.js and bench/compareProbe.browser.js (plain browser
// JavaScript, loaded with page.addInitScript before either probe): records every frame gap and long task until
// the returned stop() is called.
window.__recordFrames = function recordFrames() {
  const state = { tasks: [], frames: [], running: true }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (state.running) state.tasks.push(entry.duration)
  }).observe({ type: 'longtask' })
  let last = performance.now()
  const tick = (now) => {
    if (!state.running) return
    state.frames.push(now - last)
    last = now
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  /** Frame gaps (the first, from the start to the first frame, left out) and the longest task. */
  return () => {
    state.running = false
    return { frames: state.frames.slice(1), longestTask: Math.max(0, ...state.tasks) }
  }
}
