import { describe, expect, it } from 'vitest'
import { PALETTES } from '@core/export/svgTheme'
import { formatThemeCss, SHARED_TOKENS, THEMES, type ThemeName } from '@core/picture/theme'
import { installThemeTokens } from './themeTokens'

/** Theme tokens are defined once (core/picture/theme.ts): the CSS variables and the SVG colours both come from them. */

// Every stylesheet of the renderer as text (Vite's glob: the renderer's tests do not reach the file system).
const STYLESHEETS = import.meta.glob<string>('../**/*.css', { query: '?raw', import: 'default', eager: true })

/** `--name: value` declarations of one selector block of the generated CSS. */
function readBlock(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  const body = css.slice(start, css.indexOf('}', start))
  return new Map([...body.matchAll(/--([a-z0-9-]+): ([^;]+);/g)].map((m) => [m[1], m[2]]))
}

describe('theme tokens', () => {
  const css = formatThemeCss()

  it('become CSS custom properties: every token, light on :root and dark under data-theme', () => {
    const light = readBlock(css, ':root')
    const dark = readBlock(css, ":root[data-theme='dark']")
    expect(Object.fromEntries(light)).toEqual({ ...SHARED_TOKENS, ...THEMES.light })
    expect(Object.fromEntries(dark)).toEqual({ ...THEMES.dark })
    expect(Object.keys(THEMES.dark).sort()).toEqual(Object.keys(THEMES.light).sort())
  })

  it('give each member of a colour family a class that sets the family variable, and nothing else a class', () => {
    const classes = [...css.matchAll(/^\.([a-z-]+) \{\n {2}--([a-z-]+): var\(--([a-z-]+)\);\n\}$/gm)]
    expect(classes.map((m) => `${m[1]} ${m[2]}`).sort()).toEqual(
      [
        ...['edge', 'compute', 'data', 'messaging', 'observability', 'zone'].map((c) => `cat-${c} cat-color`),
        ...['error', 'warning', 'info'].map((s) => `sev-${s} severity`),
        ...['cool', 'warm', 'hot', 'none'].map((h) => `heat-${h} heat`),
        ...['up', 'down', 'degraded', 'stalled'].map((s) => `state-${s} state-colour`),
      ].sort(),
    )
    for (const m of classes) expect(m[3]).toBe(m[1])
  })

  it('are the colours of the exported SVG', () => {
    for (const theme of ['light', 'dark'] as ThemeName[]) {
      const tokens = THEMES[theme]
      const palette = PALETTES[theme]
      expect(palette.background).toBe(tokens['bg-canvas'])
      expect(palette.surface).toBe(tokens['bg-surface'])
      expect([palette.text, palette.muted, palette.faint]).toEqual([tokens.text, tokens['text-muted'], tokens['text-faint']])
      expect([palette.edge, palette.edgeOptional]).toEqual([tokens.edge, tokens['edge-optional']])
      expect(palette.severity).toEqual({ error: tokens['sev-error'], warning: tokens['sev-warning'], info: tokens['sev-info'] })
      expect(palette.category.data).toBe(tokens['cat-data'])
      expect(palette.heat.hot).toBe(tokens['heat-hot'])
      // Every colour the SVG paints is some token's value.
      const values = new Set(Object.values(tokens))
      const colours = JSON.stringify(palette).match(/#[0-9a-f]{6}|rgba\([^)]*\)/g) ?? []
      for (const colour of colours) expect(values, colour).toContain(colour)
    }
  })

  it('are defined nowhere else: no stylesheet sets a token, and every variable a stylesheet reads exists', () => {
    const tokens = new Set([...Object.keys(SHARED_TOKENS), ...Object.keys(THEMES.light)])
    const defined = new Set(tokens)
    const sheets = Object.entries(STYLESHEETS).map(([path, text]) => ({ path, text }))
    expect(sheets.length).toBeGreaterThan(5)
    for (const { path, text } of sheets) {
      for (const [, name] of text.matchAll(/(?:^|[{;])\s*--([a-z0-9-]+)\s*:/gm)) {
        expect(tokens.has(name), `${path} sets --${name}, a theme token`).toBe(false)
        defined.add(name)
      }
    }
    for (const { path, text } of sheets) {
      for (const [, name] of text.matchAll(/var\(--([a-z0-9-]+)/g)) {
        // React Flow's own variables (--xy-*) are set by its stylesheet.
        if (!name.startsWith('xy-')) expect(defined.has(name), `${path} reads --${name}, which nothing defines`).toBe(true)
      }
    }
  })

  it('are installed once, first in <head>', () => {
    const head = { prepend: (el: unknown) => nodes.unshift(el) }
    const nodes: unknown[] = []
    const style = { isConnected: false, textContent: '', attrs: {} as Record<string, string>, setAttribute(k: string, v: string) { this.attrs[k] = v } }
    const doc = { head, querySelector: () => (nodes.length ? nodes[0] : null), createElement: () => style }
    installThemeTokens(doc as unknown as Document)
    style.isConnected = true
    installThemeTokens(doc as unknown as Document)
    expect(nodes).toEqual([style])
    expect(style.textContent).toBe(formatThemeCss())
  })
})
