import { formatThemeCss } from '@core/picture/theme'

/**
 * Installs core's theme tokens as CSS custom properties, first in <head> so every stylesheet can read them.
 * Before the first render: no frame is painted without them. The tokens are values of our own (no input).
 */
export function installThemeTokens(doc: Document = document): void {
  const style = doc.querySelector('style[data-theme-tokens]') ?? doc.createElement('style')
  style.setAttribute('data-theme-tokens', '')
  style.textContent = formatThemeCss()
  if (!style.isConnected) doc.head.prepend(style)
}
