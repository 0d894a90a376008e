import type { CommandAction } from '@renderer/commands'
import { openExportDialog } from './exportDialogState'

/** File > Export PNG / SVG / JSON / draw.io: each opens the export dialog preset to its format (Export confirms). */
export function createExportActions(): Record<'file.exportPng' | 'file.exportSvg' | 'file.exportJson' | 'file.exportDrawio', CommandAction> {
  return {
    'file.exportPng': { run: () => openExportDialog('png') },
    'file.exportSvg': { run: () => openExportDialog('svg') },
    'file.exportJson': { run: () => openExportDialog('json') },
    'file.exportDrawio': { run: () => openExportDialog('drawio') },
  }
}
