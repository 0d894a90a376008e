import type { ReactNode } from 'react'
import { isCommandEnabled, formatShortcut, isMacPlatform, useEditorServices } from '@renderer/commands'

const IS_MAC = isMacPlatform()

interface Props {
  id: string
  icon: ReactNode
  /** Re-render trigger for commands whose enabled state follows the store (undo, redo). */
  isEnabled?: boolean
  showLabel?: boolean
  /** For toggles (panels): the button reads as pressed while its panel is shown. */
  isPressed?: boolean
}

/** A toolbar button for a command: its label and shortcut in the tooltip, disabled when the command is. */
export function CommandButton({ id, icon, isEnabled, showLabel = false, isPressed }: Props) {
  const { commands, runCommand } = useEditorServices()
  const command = commands.find((c) => c.id === id)
  if (!command) return null
  const enabled = isEnabled ?? isCommandEnabled(command)
  const hint = command.shortcut ? `${command.label} (${formatShortcut(command.shortcut, IS_MAC)})` : command.label
  return (
    <button
      type="button"
      className={`quiet-button toolbar-button${showLabel ? ' has-label' : ''}`}
      data-testid={`cmd-${id}`}
      title={hint}
      aria-label={command.label}
      disabled={!enabled}
      aria-pressed={isPressed}
      onClick={() => runCommand(id)}
    >
      {icon}
      {showLabel && <span>{command.label.replace('…', '')}</span>}
    </button>
  )
}
