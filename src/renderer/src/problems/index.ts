/**
 * problems/: The problems panel: findings grouped by severity, filters, quick fixes, suppressions.
 *
 * Other folders import this folder only through this file (`@renderer/problems`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './ProblemsPanel'
export * from './SuppressDialog'
export * from './problemsModel'
