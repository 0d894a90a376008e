/**
 * styles/: Theme stylesheets, the theme tokens from core/picture installed as CSS variables, the theme hook.
 *
 * Other folders import this folder only through this file (`@renderer/styles`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './themeTokens'
export * from './useTheme'
