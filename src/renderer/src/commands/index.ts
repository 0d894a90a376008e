/**
 * commands/: The renderer side of src/shared/commands.ts: command and shortcut types, matching and dispatch,
 * the editor services context features use to run commands.
 *
 * Other folders import this folder only through this file (`@renderer/commands`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './dispatch'
export * from './editorContext'
export * from './shortcuts'
export * from './types'
