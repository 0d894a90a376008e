import { getRecentIdFromCommand, OPEN_RECENT_PREFIX } from '@shared/commands'
import type { DocumentActions } from '@renderer/files'
import { flushPendingEdit } from '@renderer/store'
import { matchesShortcut } from './shortcuts'
import type { Command } from './types'

export function isCommandEnabled(command: Command): boolean {
  return command.isEnabled ? command.isEnabled() : true
}

/** Runs a command by id (menu, buttons, shortcuts alike); `file.openRecent:<id>` carries its recent-file id. */
export function runCommandById(commands: readonly Command[], docs: DocumentActions, id: string): boolean {
  // A drop committed in its own task (store/pendingEdit.ts) is part of the design a command sees.
  flushPendingEdit()
  if (id.startsWith(OPEN_RECENT_PREFIX)) {
    const recentId = getRecentIdFromCommand(id)
    if (recentId) void docs.openRecent(recentId)
    return recentId !== null
  }
  const command = commands.find((c) => c.id === id)
  if (!command || !isCommandEnabled(command)) return false
  void command.run()
  return true
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(type)
}

/** The command a key press means here, or null (typing in a field keeps its own keys, except global ones). */
export function findCommandForKey(commands: readonly Command[], event: KeyboardEvent, isMac: boolean): Command | null {
  // A select has no text to undo or copy: Ctrl/Cmd shortcuts there mean the design's (undo right after a choice).
  const isSelectWithMod = event.target instanceof HTMLSelectElement && (event.ctrlKey || event.metaKey)
  const inField = isEditable(event.target) && !isSelectWithMod
  for (const command of commands) {
    const keys = [command.shortcut, ...(command.alternateShortcuts ?? [])].filter((k): k is string => !!k)
    if (!keys.some((k) => matchesShortcut(k, event, isMac))) continue
    if (inField && !command.isGlobal) return null
    return command
  }
  return null
}
