/** Double-click a card to rename it: the inspector's label field takes the focus (after the selection renders it). */
export function focusLabelField(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLInputElement>('[data-testid="inspector"] [data-testid="field-label"]')
    field?.focus()
    field?.select()
  })
}
