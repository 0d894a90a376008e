import type { UnsavedChoice } from './types'

/**
 * In-app questions for the browser platform (window.confirm and window.prompt block the page and look foreign).
 * The platform asks a host; a mounted dialog component answers. With no dialog mounted, the native fallback
 * answers, so the platform works before the app has rendered.
 */

export interface DialogRequest<Question, Answer> {
  question: Question
  resolve: (answer: Answer) => void
}

export interface DialogHost<Question, Answer> {
  request(question: Question): Promise<Answer>
  attach(onRequest: (request: DialogRequest<Question, Answer> | null) => void): () => void
}

export function createDialogHost<Question, Answer>(
  fallback: (question: Question) => Answer,
  dismissed: Answer,
): DialogHost<Question, Answer> {
  let listener: ((request: DialogRequest<Question, Answer> | null) => void) | null = null
  let pending: DialogRequest<Question, Answer> | null = null
  return {
    request(question) {
      if (!listener) return Promise.resolve(fallback(question))
      // A second question while one is open dismisses the first: only one dialog at a time.
      pending?.resolve(dismissed)
      return new Promise((resolve) => {
        pending = {
          question,
          resolve: (answer) => {
            pending = null
            listener?.(null)
            resolve(answer)
          },
        }
        listener?.(pending)
      })
    },
    attach(onRequest) {
      listener = onRequest
      return () => {
        if (listener === onRequest) listener = null
        pending?.resolve(dismissed)
      }
    },
  }
}

/** "Save changes first?": Save, Don't save or Cancel (the native fallback can only offer OK = don't save). */
export const confirmHost = createDialogHost<string, UnsavedChoice>(
  (message) => (window.confirm(`${message}\n\nOK discards them.`) ? 'discard' : 'cancel'),
  'cancel',
)

/** Save As in a browser: the name for the download, or null when cancelled. */
export const fileNameHost = createDialogHost<string, string | null>(
  (suggested) => window.prompt('Save as', suggested),
  null,
)
