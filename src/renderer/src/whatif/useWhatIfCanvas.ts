import { useCallback, useEffect, type KeyboardEvent } from 'react'
import type { Edge, Node, NodeMouseHandler } from '@xyflow/react'
import { useEditorStore } from '@renderer/store'
import { targetOfNode, useWhatIf } from './whatIfStore'

/** Escape leaves the mode, except where Escape already means something (a field, a menu, a dialog). */
function isEscapeTaken(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return target.closest('input, textarea, select, [contenteditable="true"], dialog, [role="menu"], [role="dialog"]') !== null
}

/**
 * What the canvas does in the what-if mode: a click on a card, a zone or a link fails it (again restores it),
 * and so do Enter and Space on a focused one. React Flow still selects what is clicked (the inspector then
 * offers Fail / Restore); Canvas turns dragging and connecting off, so a click never moves or links anything.
 */
export function useWhatIfCanvas() {
  const isOn = useWhatIf((s) => s.isOn)

  useEffect(() => {
    if (!isOn) return
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEscapeTaken(event.target)) return
      useWhatIf.getState().setOn(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [isOn])

  /** A click on the card or zone `id` (also one drawn far out, canvas/far/FarCanvas.tsx). */
  const onCardClick = useCallback((id: string) => {
    const whatIf = useWhatIf.getState()
    if (whatIf.isOn) whatIf.toggleFail(targetOfNode(useEditorStore.getState().design, id))
  }, [])

  const onNodeClick: NodeMouseHandler<Node> = useCallback((_event, node) => onCardClick(node.id), [onCardClick])

  /** A click on the connection `id` (also one drawn far out). */
  const onLinkClick = useCallback((id: string) => {
    const whatIf = useWhatIf.getState()
    if (whatIf.isOn) whatIf.toggleFail({ type: 'edge', id })
  }, [])

  const onEdgeClick = useCallback((_event: unknown, edge: Edge) => onLinkClick(edge.id), [onLinkClick])

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const whatIf = useWhatIf.getState()
    if (!whatIf.isOn || (event.key !== 'Enter' && event.key !== ' ')) return
    const element = event.target instanceof HTMLElement ? event.target : null
    const id = element?.dataset.id
    if (!element || !id) return
    if (element.classList.contains('react-flow__node')) whatIf.toggleFail(targetOfNode(useEditorStore.getState().design, id))
    else if (element.classList.contains('react-flow__edge')) whatIf.toggleFail({ type: 'edge', id })
    else return
    event.preventDefault()
  }, [])

  return { isOn, onCardClick, onLinkClick, onNodeClick, onEdgeClick, onKeyDown }
}
