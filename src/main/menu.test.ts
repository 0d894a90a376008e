import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_IDS, OPEN_RECENT_PREFIX } from '../shared/commands'

vi.mock('electron', () => ({
  app: { name: 'Archsight', getVersion: () => '0.1.0' },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  dialog: {},
  Menu: {},
}))

const { getMenuTemplate, MENU_SHORTCUTS } = await import('./menu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

interface BuildOptions {
  isDev?: boolean
  platform?: NodeJS.Platform
  recent?: { id: string; name: string; detail: string }[]
}

function build(overrides: BuildOptions = {}) {
  const sendCommand = vi.fn()
  const items = flatten(
    getMenuTemplate({
      recent: overrides.recent ?? [],
      isDev: overrides.isDev ?? false,
      platform: overrides.platform ?? 'linux',
      sendCommand,
      clearRecent: vi.fn(),
      showAbout: vi.fn(),
    }),
  )
  return { items, sendCommand }
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)()

describe('native menu', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('has every command once, each sending its id (%s)', (platform) => {
    const { items, sendCommand } = build({ platform })
    const commandItems = items.filter((item) => item.id !== undefined)
    expect(commandItems.map((item) => item.id).sort()).toEqual([...MENU_COMMAND_IDS].sort())
    for (const item of commandItems) {
      click(item)
      expect(sendCommand).toHaveBeenLastCalledWith(item.id)
    }
  })

  it('shows shortcuts but leaves the keys to the renderer, with no duplicates', () => {
    const { items } = build()
    const withShortcut = items.filter((item) => item.accelerator)
    const accelerators = withShortcut.map((item) => String(item.accelerator).toLowerCase())
    expect(new Set(accelerators).size).toBe(accelerators.length)
    for (const item of withShortcut) expect(item.registerAccelerator, item.label).toBe(false)
    expect(Object.keys(MENU_SHORTCUTS).every((id) => (MENU_COMMAND_IDS as readonly string[]).includes(id))).toBe(true)
    expect(new Set(Object.values(MENU_SHORTCUTS)).size).toBe(Object.values(MENU_SHORTCUTS).length)
  })

  it('sends file.openRecent:<id> for a recent file and shows its name, not its path, as the label', () => {
    const { items, sendCommand } = build({ recent: [{ id: 'abc-123', name: 'orders.archsight', detail: '/home/me' }] })
    const recent = items.find((item) => item.id === `${OPEN_RECENT_PREFIX}abc-123`)!
    expect(recent.label).toBe('orders.archsight')
    click(recent)
    expect(sendCommand).toHaveBeenCalledWith('file.openRecent:abc-123')
  })

  it('offers dev tools only in development', () => {
    expect(build().items.some((item) => item.role === 'toggleDevTools')).toBe(false)
    expect(build({ isDev: true }).items.some((item) => item.role === 'toggleDevTools')).toBe(true)
  })
})
