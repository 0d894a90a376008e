import { useEffect } from 'react'
import { usePanelRef } from 'react-resizable-panels'

/**
 * Keeps a collapsible panel and its open flag in the store in step both ways: a command or button sets the
 * flag and the panel follows; dragging the divider shut clears the flag, so the buttons tell the truth.
 * Returns the props every folding panel of the frame spreads on its <Panel>: it folds to nothing and keeps its
 * width in pixels when the window resizes.
 */
export function useCollapsiblePanel(isOpen: boolean, setOpen: (isOpen: boolean) => void) {
  const panelRef = usePanelRef()
  useEffect(() => {
    const panel = panelRef.current
    if (!panel) return
    if (isOpen && panel.isCollapsed()) panel.expand()
    if (!isOpen && !panel.isCollapsed()) panel.collapse()
  }, [isOpen, panelRef])
  const onResize = (size: { inPixels: number }) => {
    const isShown = size.inPixels > 0
    if (isShown !== isOpen) setOpen(isShown)
  }
  return {
    panelRef,
    onResize,
    collapsible: true,
    collapsedSize: 0,
    groupResizeBehavior: 'preserve-pixel-size' as const,
  }
}
