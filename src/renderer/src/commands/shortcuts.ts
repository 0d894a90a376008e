/**
 * One shortcut string ("Mod+Shift+S", "Delete", "Mod+=") drives both key matching and the label shown in
 * menus and tooltips. Mod is Cmd on macOS and Ctrl elsewhere.
 */

export interface ParsedShortcut {
  mod: boolean
  shift: boolean
  alt: boolean
  key: string
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+')
  // "Mod++" would split into an empty last part: the key is "+".
  const key = parts[parts.length - 1] === '' ? '+' : parts[parts.length - 1]
  const modifiers = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()))
  return { mod: modifiers.has('mod'), shift: modifiers.has('shift'), alt: modifiers.has('alt'), key: key.toLowerCase() }
}

/** A canonical form, so "Mod+Shift+z" and "Shift+Mod+Z" count as the same shortcut. */
export function normalizeShortcut(shortcut: string): string {
  const p = parseShortcut(shortcut)
  return `${p.mod ? 'mod+' : ''}${p.alt ? 'alt+' : ''}${p.shift ? 'shift+' : ''}${p.key}`
}

export interface KeyLike {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export function matchesShortcut(shortcut: string, event: KeyLike, isMac: boolean): boolean {
  const p = parseShortcut(shortcut)
  const mod = isMac ? event.metaKey : event.ctrlKey
  const stray = isMac ? event.ctrlKey : event.metaKey
  if (p.mod !== mod || stray || p.alt !== event.altKey) return false
  if (p.shift !== event.shiftKey) return false
  return readKey(event) === p.key
}

const CODE_KEYS: Readonly<Record<string, string>> = { Equal: '=', Minus: '-' }

/**
 * The key a shortcut names. Letters keep the printed key (so Ctrl+Z follows an AZERTY layout), but with Shift
 * held a digit or sign prints another character ("Shift+1" arrives as "!" on a US keyboard, "§" on others):
 * there the physical key (`code`) says what was meant.
 */
function readKey(event: KeyLike): string {
  const key = event.key.toLowerCase()
  // Option on macOS prints another character too (Option+B is "∫"): the physical letter is meant.
  const letter = /^Key([A-Z])$/.exec(event.code ?? '')
  if (event.altKey && letter && !/^[a-z]$/.test(key)) return letter[1].toLowerCase()
  if (!event.shiftKey || /^[a-z]$/.test(key) || key.length > 1 || !event.code) return key === '+' ? '=' : key
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)
  if (digit) return digit[1]
  return CODE_KEYS[event.code] ?? key
}

export function formatShortcut(shortcut: string, isMac: boolean): string {
  const p = parseShortcut(shortcut)
  const keyLabel = p.key === 'delete' ? 'Del' : p.key === 'backspace' ? '⌫' : p.key.length === 1 ? p.key.toUpperCase() : p.key
  if (isMac) return `${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${p.mod ? '⌘' : ''}${keyLabel}`
  return [p.mod ? 'Ctrl' : '', p.alt ? 'Alt' : '', p.shift ? 'Shift' : '', keyLabel].filter(Boolean).join('+')
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent)
}
