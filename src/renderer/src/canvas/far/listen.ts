/** Adds the handlers to `target`; the function returned removes them. */
export function listen(target: EventTarget, handlers: Record<string, (event: never) => void>, options?: AddEventListenerOptions | boolean): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][]
  for (const [type, handler] of entries) target.addEventListener(type, handler, options)
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler, options)
  }
}
