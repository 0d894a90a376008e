/**
 * In-app confirmation for the browser platform (window.confirm blocks the page and looks foreign). The
 * platform asks here; a mounted ConfirmDialog answers. With no dialog mounted, window.confirm still works.
 */

export interface ConfirmRequest {
  message: string
  resolve: (isConfirmed: boolean) => void
}

type Listener = (request: ConfirmRequest | null) => void

let listener: Listener | null = null
let pending: ConfirmRequest | null = null

export function requestConfirm(message: string): Promise<boolean> {
  if (!listener) return Promise.resolve(window.confirm(message))
  // A second question while one is open answers the first "no": only one dialog at a time.
  pending?.resolve(false)
  return new Promise((resolve) => {
    pending = {
      message,
      resolve: (isConfirmed) => {
        pending = null
        listener?.(null)
        resolve(isConfirmed)
      },
    }
    listener?.(pending)
  })
}

export function attachConfirmHost(onRequest: Listener): () => void {
  listener = onRequest
  return () => {
    if (listener === onRequest) listener = null
    pending?.resolve(false)
  }
}
