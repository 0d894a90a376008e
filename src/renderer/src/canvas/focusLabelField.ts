import { whenPresent } from '@renderer/ui'

/**
 * Double-click a card to rename it: the inspector's label field of that card takes the focus, once the inspector
 * shows it (it follows the selection a frame or two after the canvas, Inspector.tsx). Never another card's field:
 * the one shown may still be the card selected before.
 */
export function focusLabelField(nodeId: string): void {
  whenPresent(
    () => document.querySelector<HTMLInputElement>(`[data-testid="inspector"] [data-inspected="${CSS.escape(nodeId)}"] [data-testid="field-label"]`),
    (field) => {
      field.focus()
      field.select()
    },
  )
}
