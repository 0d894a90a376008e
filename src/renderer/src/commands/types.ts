import type { CommandSpec } from '@shared/commands'

/** What the renderer adds to a command of the shared table: how to run it and whether it can act now. */
export interface CommandAction {
  /** False when the command cannot act now (e.g. nothing selected, nothing to undo). */
  isEnabled?: () => boolean
  run: () => void | Promise<unknown>
}

/** A row of the command table (label, shortcut, menu place) with its renderer action attached. */
export type Command = CommandSpec & CommandAction
