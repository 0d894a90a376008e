/**
 * Runs `act` on what `find` finds, once it is there: tried at the next frame and each frame after, for up to
 * `frames` frames (half a second at 60 Hz), then given up. For a focus that must wait for a panel to show what
 * was just selected: the inspector follows the selection in a render of its own, a frame or two after the canvas.
 */
export function whenPresent<T>(find: () => T | null | undefined, act: (found: T) => void, frames = 30): void {
  let left = frames
  const attempt = (): void => {
    const found = find()
    if (found) act(found)
    else if (--left > 0) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}
