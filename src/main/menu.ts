/**
 * The native menu. Each item sends a command id (shared/commands.ts) to the focused window's renderer;
 * main never edits the design itself.
 *
 * Shortcuts: the renderer is the ONLY listener. Its keydown handler runs the same commands in the browser
 * build, where no native menu exists, so every command item here sets `registerAccelerator: false`: the menu
 * shows the shortcut but does not capture the key, and a key press fires its command exactly once. A side
 * effect we want: Ctrl+C / Ctrl+V / Ctrl+A inside a text field stay native text editing.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { OPEN_RECENT_PREFIX } from '../shared/commands'
import type { MenuCommandId } from '../shared/commands'
import { COMMAND_CHANNEL } from '../shared/ipc'
import type { RecentEntry } from '../shared/ipc'

/**
 * The shortcut shown for each command. The renderer's table (commands/createCommands.ts, Mod = CmdOrCtrl) is
 * the source: keep these in step with it.
 */
export const MENU_SHORTCUTS: Partial<Record<MenuCommandId, string>> = {
  'file.new': 'CmdOrCtrl+N',
  'file.open': 'CmdOrCtrl+O',
  'file.save': 'CmdOrCtrl+S',
  'file.saveAs': 'CmdOrCtrl+Shift+S',
  'edit.undo': 'CmdOrCtrl+Z',
  'edit.redo': 'CmdOrCtrl+Shift+Z',
  'edit.copy': 'CmdOrCtrl+C',
  'edit.paste': 'CmdOrCtrl+V',
  'edit.duplicate': 'CmdOrCtrl+D',
  'edit.delete': 'Delete',
  'edit.selectAll': 'CmdOrCtrl+A',
  'view.fit': 'Shift+1',
  'view.zoomIn': 'CmdOrCtrl+=',
  'view.zoomOut': 'CmdOrCtrl+-',
  'view.toggleProblems': 'CmdOrCtrl+J',
  'design.autoLayout': 'CmdOrCtrl+Shift+L',
}

export interface MenuContext {
  recent: RecentEntry[]
  isDev: boolean
  platform: NodeJS.Platform
  sendCommand(commandId: string): void
  clearRecent(): void
  showAbout(): void
}

export function getMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommandId): MenuItemConstructorOptions => {
    const accelerator = MENU_SHORTCUTS[id]
    return {
      id,
      label,
      click: () => context.sendCommand(id),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    }
  }
  const isMac = context.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: 'About Archsight', click: () => context.showAbout() }
  const recentItems: MenuItemConstructorOptions[] = context.recent.length
    ? [
        ...context.recent.map((entry) => ({
          id: `${OPEN_RECENT_PREFIX}${entry.id}`,
          label: entry.name,
          toolTip: entry.detail,
          click: () => context.sendCommand(`${OPEN_RECENT_PREFIX}${entry.id}`),
        })),
        { type: 'separator' },
        { label: 'Clear Recently Opened', click: () => context.clearRecent() },
      ]
    : [{ label: 'No recent files', enabled: false }]

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        command('New', 'file.new'),
        command('New from Template…', 'file.newFromTemplate'),
        command('Open…', 'file.open'),
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        command('Save', 'file.save'),
        command('Save As…', 'file.saveAs'),
        { type: 'separator' },
        command('Export PNG…', 'file.exportPng'),
        command('Export SVG…', 'file.exportSvg'),
        command('Export JSON…', 'file.exportJson'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'edit.undo'),
        command('Redo', 'edit.redo'),
        { type: 'separator' },
        command('Copy', 'edit.copy'),
        command('Paste', 'edit.paste'),
        command('Duplicate', 'edit.duplicate'),
        command('Delete', 'edit.delete'),
        { type: 'separator' },
        command('Select All', 'edit.selectAll'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Fit View', 'view.fit'),
        command('Zoom In', 'view.zoomIn'),
        command('Zoom Out', 'view.zoomOut'),
        { type: 'separator' },
        command('Toggle Problems Panel', 'view.toggleProblems'),
        command('Toggle Theme', 'view.toggleTheme'),
        command('Toggle Load Heat View', 'view.toggleHeat'),
        ...(context.isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Design',
      submenu: [command('Auto-layout', 'design.autoLayout'), command('Rules…', 'design.rules')],
    },
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
