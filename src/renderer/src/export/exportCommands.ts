import type { Command } from '../commands/types'
import { openExportDialog } from './exportDialogState'

/** File > Export PNG / SVG / JSON: each opens the export dialog preset to its format (Export confirms). */
export function createExportCommands(): Command[] {
  return [
    { id: 'file.exportPng', label: 'Export PNG…', run: () => openExportDialog('png') },
    { id: 'file.exportSvg', label: 'Export SVG…', run: () => openExportDialog('svg') },
    { id: 'file.exportJson', label: 'Export JSON…', run: () => openExportDialog('json') },
  ]
}
