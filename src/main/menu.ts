/**
 * The native menu, built from the command table (shared/commands.ts): each item sends its command id to the
 * focused window's renderer; main never edits the design itself.
 *
 * Shortcuts: the renderer is the ONLY listener. Its keydown handler runs the same commands in the browser
 * build, where no native menu exists, so every command item here sets `registerAccelerator: false`: the menu
 * shows the shortcut but does not capture the key, and a key press fires its command exactly once. A side
 * effect we want: Ctrl+C / Ctrl+V / Ctrl+A inside a text field stay native text editing.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, OPEN_RECENT_PREFIX } from '../shared/commands'
import type { CommandSpec, MenuName } from '../shared/commands'
import { COMMAND_CHANNEL } from '../shared/ipc'
import type { RecentEntry } from '../shared/ipc'

export interface MenuContext {
  recent: RecentEntry[]
  /** Development builds only: the DevTools item. Packaged apps never offer it. */
  isDev: boolean
  platform: NodeJS.Platform
  sendCommand(commandId: string): void
  clearRecent(): void
  showAbout(): void
}

const MENU_LABELS: Record<MenuName, string> = { file: 'File', edit: 'Edit', view: 'View', design: 'Design' }

/** The table's shortcut as an Electron accelerator: only Mod differs ("Mod+Shift+S" -> "CmdOrCtrl+Shift+S"). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+')
}

function commandItem(command: CommandSpec, context: MenuContext): MenuItemConstructorOptions {
  return {
    id: command.id,
    label: command.label,
    click: () => context.sendCommand(command.id),
    ...(command.shortcut ? { accelerator: toAccelerator(command.shortcut), registerAccelerator: false } : {}),
  }
}

/** One menu's command items from the table, a separator between groups, in table order. */
function buildMenuItems(menu: MenuName, context: MenuContext): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  let group: number | null = null
  for (const command of COMMANDS as readonly CommandSpec[]) {
    if (command.menu?.menu !== menu) continue
    if (group !== null && command.menu.group !== group) items.push({ type: 'separator' })
    group = command.menu.group
    items.push(commandItem(command, context))
  }
  return items
}

function buildRecentItems(context: MenuContext): MenuItemConstructorOptions[] {
  if (context.recent.length === 0) return [{ label: 'No recent files', enabled: false }]
  return [
    ...context.recent.map((entry) => ({
      id: `${OPEN_RECENT_PREFIX}${entry.id}`,
      label: entry.name,
      toolTip: entry.detail,
      click: () => context.sendCommand(`${OPEN_RECENT_PREFIX}${entry.id}`),
    })),
    { type: 'separator' },
    { label: 'Clear Recently Opened', click: () => context.clearRecent() },
  ]
}

export function getMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: 'About Archsight', click: () => context.showAbout() }
  const fileItems = buildMenuItems('file', context)
  // Open Recent sits right after Open, as in every desktop editor.
  const openIndex = fileItems.findIndex((item) => item.id === 'file.open')
  fileItems.splice(openIndex + 1, 0, { label: 'Open Recent', submenu: buildRecentItems(context) })

  const template: MenuItemConstructorOptions[] = [
    {
      label: MENU_LABELS.file,
      submenu: [...fileItems, ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const])],
    },
    { label: MENU_LABELS.edit, submenu: buildMenuItems('edit', context) },
    {
      label: MENU_LABELS.view,
      submenu: [
        ...buildMenuItems('view', context),
        ...(context.isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { label: MENU_LABELS.design, submenu: buildMenuItems('design', context) },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    { role: 'help', submenu: isMac ? [] : [about] },
  ]
  if (isMac) {
    template.unshift({
      label: app.name,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    })
  }
  return template
}

/** Sends to the focused window, or the only one when none has focus (a menu click on macOS). */
export function sendCommandToFocusedWindow(commandId: string): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(COMMAND_CHANNEL, commandId)
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(getMenuTemplate(context)))
}

export function showAbout(): void {
  const window = BrowserWindow.getFocusedWindow()
  const options = {
    type: 'info' as const,
    title: 'About Archsight',
    message: `Archsight ${app.getVersion()}`,
    detail: 'A studio for system design: CAP behaviour, single points of failure, load and lint findings as you draw.',
    buttons: ['OK'],
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
