/**
 * app/: The composition root: the window's frame (top bar, panels, dialogs' host), the command set and the
 * command palette, document sync and recovery. It wires the features together; nothing imports app/.
 *
 * Other folders import this folder only through this file (`@renderer/app`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './App'
