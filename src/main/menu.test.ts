import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, OPEN_RECENT_PREFIX, type CommandSpec } from '../shared/commands'

vi.mock('electron', () => ({
  app: { name: 'Archsight', getVersion: () => '0.1.0' },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  dialog: {},
  Menu: {},
}))

const { getMenuTemplate, toAccelerator } = await import('./menu')
const TABLE = COMMANDS as readonly CommandSpec[]

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
  it.each(['linux', 'darwin', 'win32'] as const)('has every command of the table with a menu place once, each sending its id (%s)', (platform) => {
    const { items, sendCommand } = build({ platform })
    const commandItems = items.filter((item) => item.id !== undefined)
    const placed = TABLE.filter((c) => c.menu).map((c) => c.id)
    expect(commandItems.map((item) => item.id).sort()).toEqual([...placed].sort())
    for (const item of commandItems) {
      click(item)
      expect(sendCommand).toHaveBeenLastCalledWith(item.id)
    }
  })

  it.each(['linux', 'darwin', 'win32'] as const)('reaches every command that has a shortcut, showing that shortcut and label (%s)', (platform) => {
    const { items } = build({ platform })
    for (const command of TABLE.filter((c) => c.shortcut)) {
      const item = items.find((i) => i.id === command.id)
      expect(item, `${command.id} (${command.shortcut}) is not in the menu`).toBeDefined()
      expect(item?.accelerator).toBe(toAccelerator(command.shortcut as string))
      expect(item?.label).toBe(command.label)
    }
  })

  it('shows shortcuts but leaves the keys to the renderer, with no duplicates', () => {
    const { items } = build()
    const withShortcut = items.filter((item) => item.accelerator)
    const accelerators = withShortcut.map((item) => String(item.accelerator).toLowerCase())
    expect(new Set(accelerators).size).toBe(accelerators.length)
    for (const item of withShortcut) expect(item.registerAccelerator, item.label).toBe(false)
  })

  it('writes Mod as CmdOrCtrl and keeps every other key as the table has it', () => {
    expect(toAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S')
    expect(toAccelerator('Shift+1')).toBe('Shift+1')
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=')
  })

  it('separates the groups of a menu and puts Open Recent right after Open', () => {
    const file = getMenuTemplate({ recent: [], isDev: false, platform: 'linux', sendCommand: vi.fn(), clearRecent: vi.fn(), showAbout: vi.fn() })[0]
    const submenu = file.submenu as MenuItemConstructorOptions[]
    const labels = submenu.map((item) => item.label ?? item.type ?? item.role)
    expect(labels.slice(0, 5)).toEqual(['New design', 'New from template…', 'Open…', 'Open Recent', 'separator'])
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
