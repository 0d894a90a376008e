/**
 * Command ids the native menu sends to the renderer (over COMMAND_CHANNEL). The renderer's command registry
 * uses exactly these ids; a recent file arrives as `file.openRecent:<opaque id>`.
 */

export const MENU_COMMAND_IDS = [
  'file.new',
  'file.newFromTemplate',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPng',
  'file.exportSvg',
  'file.exportJson',
  'edit.undo',
  'edit.redo',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.toggleProblems',
  'view.toggleTheme',
  'view.toggleHeat',
  'design.autoLayout',
  'design.rules',
] as const

export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number]

export const OPEN_RECENT_PREFIX = 'file.openRecent:'

/** The recent-file id carried by a `file.openRecent:<id>` command, or null for any other command. */
export function getRecentIdFromCommand(commandId: string): string | null {
  if (!commandId.startsWith(OPEN_RECENT_PREFIX)) return null
  const id = commandId.slice(OPEN_RECENT_PREFIX.length)
  return id.length > 0 ? id : null
}
