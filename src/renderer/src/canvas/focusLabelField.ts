import { flushSync } from 'react-dom'
import { showInspectorNow } from '@renderer/store'
import { whenPresent } from '@renderer/ui'

/**
 * Double-click a card to rename it: the inspector's label field of that card takes the focus at once, so what is
 * typed straight after the double-click goes into it (not to the card, whose keys are shortcuts: W turns the
 * what-if mode on). The inspector may be following a press late (store/inspectorLag.ts): it is asked to show the
 * selection now, synchronously. Never another card's field: the one shown may still be the card selected before,
 * so the field is found by the card's id; if it is not there yet, it is waited for (ui/whenPresent).
 */
export function focusLabelField(nodeId: string): void {
  flushSync(showInspectorNow)
  const find = () => document.querySelector<HTMLInputElement>(`[data-testid="inspector"] [data-inspected="${CSS.escape(nodeId)}"] [data-testid="field-label"]`)
  const focus = (field: HTMLInputElement) => {
    field.focus()
    field.select()
  }
  const field = find()
  if (field) focus(field)
  else whenPresent(find, focus)
}
