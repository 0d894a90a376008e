export interface Command {
  /** `area.verb`, exactly the ids the native menu sends (src/shared/commands.ts). */
  id: string
  label: string
  /** The one string that drives key matching and the displayed shortcut. */
  shortcut?: string
  /** More keys for the same command (Ctrl+Y for redo, Backspace for delete); matched, not displayed. */
  alternateShortcuts?: readonly string[]
  /** Also runs while typing in a field (Save, Open); others leave the keys to the field. */
  isGlobal?: boolean
  /** False when the command cannot act now (e.g. nothing selected, nothing to undo). */
  isEnabled?: () => boolean
  run: () => void | Promise<unknown>
}
