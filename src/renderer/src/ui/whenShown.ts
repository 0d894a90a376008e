/**
 * Runs `act` on what `find` returns, as soon as it is on the page: checked at each of the next frames, for at
 * most `maxFrames` (a second at 60 per second). For a focus that follows a selection: the inspector shows a new
 * selection in a background render (inspector/Inspector.tsx), so the panel may come a frame or more after the
 * selection is made.
 */
export function whenShown<T extends Element>(find: () => T | null | undefined, act: (found: T) => void, maxFrames = 60): void {
  let frames = 0
  const tryNow = (): void => {
    const found = find()
    if (found) act(found)
    else if (++frames < maxFrames) requestAnimationFrame(tryNow)
  }
  requestAnimationFrame(tryNow)
}
