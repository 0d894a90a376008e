/**
 * analysis/: The analysis host's state: running core's analysis in a worker, the results store, per-node and
 * per-edge annotations, severity filters, finding actions (fix, suppress), formatting numbers.
 *
 * Other folders import this folder only through this file (`@renderer/analysis`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './analysisStore'
export * from './annotationUi'
export * from './annotations'
export * from './capText'
export * from './findingActions'
export * from './format'
export * from './loadScale'
export * from './severityFilter'
export * from './suppressions'
export * from './useAnalysisRunner'
export * from './useRevealTarget'
