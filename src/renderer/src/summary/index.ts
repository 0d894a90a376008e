/**
 * summary/: The top bar's summary chips: CAP for writes and reads, the workload profile and peak, the finding
 * counts.
 *
 * Other folders import this folder only through this file (`@renderer/summary`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './SummaryBar'
