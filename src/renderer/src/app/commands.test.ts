import { describe, expect, it, vi } from 'vitest'
import { COMMANDS } from '@shared/commands'
import type { DocumentActions } from '@renderer/files'
import { useExportDialog } from '@renderer/export'
import { createEditorStore } from '@renderer/store'
import { useTemplateGallery } from '@renderer/templates'
import { createClipboardActions } from './clipboardActions'
import { createCommands } from './createCommands'
import { runCommandById, formatShortcut, matchesShortcut, normalizeShortcut } from '@renderer/commands'

function setup() {
  const store = createEditorStore()
  const docs = {
    openBytes: vi.fn(),
    openGiven: vi.fn(),
    newDesign: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    save: vi.fn(),
    saveAs: vi.fn(),
    getTitle: vi.fn(),
    publishState: vi.fn(),
    drawio: { pick: vi.fn(), importGiven: vi.fn(), confirm: vi.fn(), cancel: vi.fn() },
  } as unknown as DocumentActions
  const view = { fit: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn(), zoomReset: vi.fn(), toggleTheme: vi.fn() }
  const compare = { pick: vi.fn(), compareWithBytes: vi.fn(), leave: vi.fn() }
  const commands = createCommands({ store, docs, compare, clipboard: createClipboardActions(store), view })
  return { store, docs, compare, commands }
}

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {}) => ({
  key: k,
  code: mods.code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
})

describe('commands', () => {
  it('is the shared table with actions attached: same ids, labels and shortcuts, no duplicates', () => {
    const { commands } = setup()
    const ids = commands.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(COMMANDS.map((c) => c.id))
    for (const [i, spec] of COMMANDS.entries()) {
      expect(commands[i].label).toBe(spec.label)
      expect(commands[i].shortcut).toBe('shortcut' in spec ? spec.shortcut : undefined)
      expect(typeof commands[i].run).toBe('function')
    }
    const shortcuts = commands.flatMap((c) => [c.shortcut, ...(c.alternateShortcuts ?? [])]).filter((s): s is string => !!s)
    const normalized = shortcuts.map(normalizeShortcut)
    expect(new Set(normalized).size).toBe(normalized.length)
  })

  it('wires export, template and auto-layout commands: dialogs preset, layout only with something to lay out', () => {
    const { store, docs, commands } = setup()
    expect(runCommandById(commands, docs, 'file.exportSvg')).toBe(true)
    expect(useExportDialog.getState()).toMatchObject({ isOpen: true, settings: { format: 'svg' } })
    useExportDialog.getState().close()
    expect(runCommandById(commands, docs, 'file.newFromTemplate')).toBe(true)
    expect(useTemplateGallery.getState().isOpen).toBe(true)
    useTemplateGallery.getState().setOpen(false)
    const layout = commands.find((c) => c.id === 'design.autoLayout')
    expect(layout?.shortcut).toBe('Mod+Shift+L')
    expect(layout?.isEnabled?.()).toBe(false)
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    expect(layout?.isEnabled?.()).toBe(true)
  })

  it('wires the interop commands: import and compare pick a file, draw.io opens the export dialog preset', () => {
    const { docs, compare, commands } = setup()
    expect(runCommandById(commands, docs, 'file.importDrawio')).toBe(true)
    expect(docs.drawio.pick).toHaveBeenCalledOnce()
    expect(runCommandById(commands, docs, 'file.compareWith')).toBe(true)
    expect(compare.pick).toHaveBeenCalledOnce()
    expect(runCommandById(commands, docs, 'file.exportDrawio')).toBe(true)
    expect(useExportDialog.getState()).toMatchObject({ isOpen: true, settings: { format: 'drawio' } })
    useExportDialog.getState().close()
    // Nothing to copy from an empty canvas.
    expect(commands.find((c) => c.id === 'file.copyMermaid')?.isEnabled?.()).toBe(false)
  })

  it('runs by id, including open-recent with its id', () => {
    const { store, docs, commands } = setup()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    expect(runCommandById(commands, docs, 'edit.undo')).toBe(true)
    expect(store.getState().design.nodes).toHaveLength(0)
    expect(runCommandById(commands, docs, 'file.openRecent:abc')).toBe(true)
    expect(docs.openRecent).toHaveBeenCalledWith('abc')
    expect(runCommandById(commands, docs, 'no.such')).toBe(false)
  })

  it('duplicates the selection with fresh ids', () => {
    const { store, docs, commands } = setup()
    store.getState().addNode('cache', 'redis', { x: 0, y: 0 })
    runCommandById(commands, docs, 'edit.duplicate')
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['redis-1', 'redis-2'])
    expect(store.getState().selectedNodeIds).toEqual(['redis-2'])
  })
})

describe('shortcuts', () => {
  it('matches Mod as Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesShortcut('Mod+S', key('s', { ctrl: true }), false)).toBe(true)
    expect(matchesShortcut('Mod+S', key('s', { meta: true }), false)).toBe(false)
    expect(matchesShortcut('Mod+S', key('s', { meta: true }), true)).toBe(true)
    expect(matchesShortcut('Mod+S', key('s', { ctrl: true, shift: true }), false)).toBe(false)
    expect(matchesShortcut('Mod+Shift+Z', key('Z', { ctrl: true, shift: true }), false)).toBe(true)
    expect(matchesShortcut('Delete', key('Delete'), false)).toBe(true)
  })

  it('reads the physical key where Shift or Option prints another character', () => {
    // US layout: Shift+1 arrives as "!"; a German one prints "!" too, a French one "1" from the unshifted "&" key.
    expect(matchesShortcut('Shift+1', key('!', { shift: true, code: 'Digit1' }), false)).toBe(true)
    expect(matchesShortcut('Shift+1', key('1', { shift: true, code: 'Digit1' }), false)).toBe(true)
    expect(matchesShortcut('Shift+1', key('!', { shift: false, code: 'Digit1' }), false)).toBe(false)
    expect(matchesShortcut('Shift+1', key('@', { shift: true, code: 'Digit2' }), false)).toBe(false)
    expect(matchesShortcut('Shift+H', key('H', { shift: true, code: 'KeyH' }), false)).toBe(true)
    expect(matchesShortcut('Mod+Alt+B', key('∫', { meta: true, alt: true, code: 'KeyB' }), true)).toBe(true)
    // Letters follow the layout without a modifier that changes them: Ctrl+Z on AZERTY is the key printed Z.
    expect(matchesShortcut('Mod+Z', key('z', { ctrl: true, code: 'KeyW' }), false)).toBe(true)
    expect(matchesShortcut('Mod+=', key('+', { ctrl: true, code: 'BracketRight' }), false)).toBe(true)
  })

  it('formats the same string for display', () => {
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S')
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S')
  })
})
