/**
 * whatif/: The what-if mode: the failures a user chose (nodes, zones, links) in a store of their own, the
 * scenario core evaluates from them, each card's state, the scenario and single-failure panels. Never edits
 * the design or its undo history.
 *
 * Other folders import this folder only through this file (`@renderer/whatif`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './StateIcon'
export * from './WhatIfControl'
export * from './WhatIfFailButton'
export * from './WhatIfPanel'
export * from './useStateMarks'
export * from './useWhatIfCanvas'
export * from './whatIfStore'
