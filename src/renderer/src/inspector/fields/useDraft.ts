import { useState } from 'react'

/**
 * A field's text while it is being edited. It follows the committed value whenever that changes from outside
 * (undo, another field, a different node selected), and keeps the user's text while they type.
 */
export function useDraft(committed: string): [string, (text: string) => void, () => void] {
  const [draft, setDraft] = useState(committed)
  const [seen, setSeen] = useState(committed)
  if (seen !== committed) {
    setSeen(committed)
    setDraft(committed)
  }
  return [draft, setDraft, () => setDraft(committed)]
}
