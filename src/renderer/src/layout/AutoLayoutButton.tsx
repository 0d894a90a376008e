import { useEffect } from 'react'
import { ChevronDown, Workflow } from 'lucide-react'
import { useEditorServices, formatShortcut, isMacPlatform } from '@renderer/commands'
import { DropdownMenu } from '@renderer/ui'
import type { LayoutDirection } from '@core/layout'
import { useEditorStore } from '@renderer/store'
import { prepareAutoLayout } from './autoLayout'
import { WARM_UP_FROM_NODES } from './warmUp'
import { DIRECTION_LABELS, useLayoutState } from './layoutState'
import './layout.css'

const SHORTCUT = formatShortcut('Mod+Shift+L', isMacPlatform())
const DIRECTION_TRIGGER = {
  label: 'Auto-layout direction',
  testId: 'auto-layout-direction',
  content: <ChevronDown size={12} />,
}

/** Auto-layout in the top bar: the button lays out in the last direction; the chevron picks another. */
export function AutoLayoutButton() {
  const { runCommand } = useEditorServices()
  const direction = useLayoutState((s) => s.direction)
  const isRunning = useLayoutState((s) => s.isRunning)
  // The button is on screen as long as the editor is: once a large design is open, the worker starts and warms
  // up when the editor is idle (warmUp.ts).
  const isLarge = useEditorStore((s) => s.design.nodes.length >= WARM_UP_FROM_NODES)
  useEffect(() => {
    if (isLarge) prepareAutoLayout()
  }, [isLarge])
  const runIn = (next: LayoutDirection) => {
    useLayoutState.getState().setDirection(next)
    runCommand('design.autoLayout')
  }
  const entries = (['RIGHT', 'DOWN'] as const).map((value) => ({
    id: value,
    label: DIRECTION_LABELS[value],
    testId: `layout-direction-${value === 'RIGHT' ? 'right' : 'down'}`,
    isChecked: value === direction,
    onSelect: () => runIn(value),
  }))
  return (
    <div className="split-button" aria-busy={isRunning}>
      <button
        type="button"
        className="quiet-button toolbar-button"
        data-testid="auto-layout"
        title={`Auto-layout ${DIRECTION_LABELS[direction].toLowerCase()} (${SHORTCUT}); 2+ selected: only those`}
        aria-label="Auto-layout"
        disabled={isRunning}
        onClick={() => runCommand('design.autoLayout')}
      >
        <Workflow size={16} aria-hidden="true" />
      </button>
      <DropdownMenu
        trigger={DIRECTION_TRIGGER}
        entries={entries}
      />
    </div>
  )
}
