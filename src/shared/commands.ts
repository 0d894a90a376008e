/**
 * The one command table: id, label, shortcut and place in the menu of every command. Main builds the native
 * menu from it, the renderer attaches `run` and `isEnabled` to each entry (commands/createCommands.ts) and
 * matches keys with the same shortcut strings, and the command palette lists it. Nothing else states a
 * command's label or shortcut, so the menu, the keys, the tooltips and the palette cannot drift apart.
 *
 * Shortcut strings: "Mod+Shift+S", "Shift+1", "Delete"; Mod is Cmd on macOS and Ctrl elsewhere.
 * A recent file arrives from the menu as `file.openRecent:<opaque id>`.
 */

export type MenuName = 'file' | 'edit' | 'view' | 'design'

export interface MenuPlace {
  menu: MenuName
  /** Items with the same group sit together; a separator goes between groups. Order within: table order. */
  group: number
}

export interface CommandSpec {
  /** `area.verb`. */
  id: string
  /** Shown in the menu, the command palette and tooltips. */
  label: string
  /** The one string that drives key matching and every displayed shortcut. */
  shortcut?: string
  /** More keys for the same command (Ctrl+Y for redo, Backspace for delete): matched, not displayed. */
  alternateShortcuts?: readonly string[]
  /** Also runs while typing in a field (Save, Open); the others leave their keys to the field. */
  isGlobal?: boolean
  /** Where the native menu shows it; every command with a shortcut has one (a test holds this). */
  menu?: MenuPlace
  /** Extra words the command palette matches ("dark" finds the theme toggle). */
  keywords?: string
}

const file = (group: number): MenuPlace => ({ menu: 'file', group })
const edit = (group: number): MenuPlace => ({ menu: 'edit', group })
const view = (group: number): MenuPlace => ({ menu: 'view', group })
const design = (group: number): MenuPlace => ({ menu: 'design', group })

export const COMMANDS = [
  { id: 'file.new', label: 'New design', shortcut: 'Mod+N', isGlobal: true, menu: file(0) },
  { id: 'file.newFromTemplate', label: 'New from template…', menu: file(0), keywords: 'example gallery' },
  { id: 'file.open', label: 'Open…', shortcut: 'Mod+O', isGlobal: true, menu: file(0) },
  { id: 'file.save', label: 'Save', shortcut: 'Mod+S', isGlobal: true, menu: file(1) },
  { id: 'file.saveAs', label: 'Save as…', shortcut: 'Mod+Shift+S', isGlobal: true, menu: file(1) },
  { id: 'file.exportPng', label: 'Export PNG…', menu: file(2), keywords: 'image picture' },
  { id: 'file.exportSvg', label: 'Export SVG…', menu: file(2), keywords: 'image picture vector' },
  { id: 'file.exportJson', label: 'Export JSON…', menu: file(2) },
  { id: 'file.exportDrawio', label: 'Export draw.io…', menu: file(2), keywords: 'diagrams.net drawio editable' },
  { id: 'file.copyMermaid', label: 'Copy as Mermaid', menu: file(2), keywords: 'markdown readme flowchart clipboard' },
  { id: 'file.importDrawio', label: 'Import draw.io…', menu: file(3), keywords: 'diagrams.net drawio mxgraph' },
  { id: 'file.compareWith', label: 'Compare with…', menu: file(3), keywords: 'diff version review changes' },
  { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', menu: edit(0) },
  { id: 'edit.redo', label: 'Redo', shortcut: 'Mod+Shift+Z', alternateShortcuts: ['Mod+Y'], menu: edit(0) },
  { id: 'edit.copy', label: 'Copy', shortcut: 'Mod+C', menu: edit(1) },
  { id: 'edit.paste', label: 'Paste', shortcut: 'Mod+V', menu: edit(1) },
  { id: 'edit.duplicate', label: 'Duplicate', shortcut: 'Mod+D', menu: edit(1) },
  { id: 'edit.delete', label: 'Delete', shortcut: 'Delete', alternateShortcuts: ['Backspace'], menu: edit(1), keywords: 'remove' },
  { id: 'edit.selectAll', label: 'Select all', shortcut: 'Mod+A', menu: edit(2) },
  { id: 'edit.connect', label: 'Connect to…', menu: edit(2), keywords: 'edge link arrow' },
  { id: 'view.commandPalette', label: 'Command palette…', shortcut: 'Mod+K', isGlobal: true, menu: view(0), keywords: 'find run' },
  { id: 'view.fit', label: 'Fit to screen', shortcut: 'Shift+1', menu: view(1), keywords: 'zoom all' },
  { id: 'view.zoomIn', label: 'Zoom in', shortcut: 'Mod+=', menu: view(1) },
  { id: 'view.zoomOut', label: 'Zoom out', shortcut: 'Mod+-', menu: view(1) },
  { id: 'view.zoomReset', label: 'Zoom to 100%', shortcut: 'Mod+0', menu: view(1), keywords: 'actual size' },
  { id: 'view.togglePalette', label: 'Toggle components panel', shortcut: 'Mod+B', isGlobal: true, menu: view(2), keywords: 'palette sidebar hide show' },
  { id: 'view.toggleInspector', label: 'Toggle inspector', shortcut: 'Mod+Alt+B', isGlobal: true, menu: view(2), keywords: 'properties sidebar hide show' },
  { id: 'view.toggleProblems', label: 'Toggle problems panel', shortcut: 'Mod+J', isGlobal: true, menu: view(2), keywords: 'findings hide show' },
  { id: 'view.toggleHeat', label: 'Toggle load heat view', shortcut: 'Shift+H', menu: view(3), keywords: 'utilisation capacity' },
  { id: 'view.toggleWhatIf', label: 'Toggle what-if mode', shortcut: 'W', menu: view(3), keywords: 'fail failure outage down scenario' },
  { id: 'view.toggleTheme', label: 'Toggle light / dark theme', menu: view(3), keywords: 'dark mode colour' },
  { id: 'design.autoLayout', label: 'Auto-layout', shortcut: 'Mod+Shift+L', menu: design(0), keywords: 'arrange tidy elk' },
  { id: 'design.rules', label: 'Rules…', menu: design(0), keywords: 'lint severity' },
] as const satisfies readonly CommandSpec[]

export type CommandId = (typeof COMMANDS)[number]['id']

export const OPEN_RECENT_PREFIX = 'file.openRecent:'

export function getCommandSpec(id: string): CommandSpec | undefined {
  return (COMMANDS as readonly CommandSpec[]).find((c) => c.id === id)
}

/** The recent-file id carried by a `file.openRecent:<id>` command, or null for any other command. */
export function getRecentIdFromCommand(commandId: string): string | null {
  if (!commandId.startsWith(OPEN_RECENT_PREFIX)) return null
  const id = commandId.slice(OPEN_RECENT_PREFIX.length)
  return id.length > 0 ? id : null
}
