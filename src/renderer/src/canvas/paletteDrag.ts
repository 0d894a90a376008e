import type { Kind } from '@core/design/types'
import { isKind } from '@core/catalogue'

export const PALETTE_MIME = 'application/x-archsight-component'

export interface PaletteDragItem {
  kind: Kind
  technology: string
}

export function writePaletteDrag(dataTransfer: DataTransfer, item: PaletteDragItem): void {
  dataTransfer.setData(PALETTE_MIME, JSON.stringify(item))
  dataTransfer.effectAllowed = 'copy'
}

/** Drag data can come from anywhere: accept only a known kind with a string technology. */
export function readPaletteDrag(dataTransfer: DataTransfer): PaletteDragItem | null {
  const raw = dataTransfer.getData(PALETTE_MIME)
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as { kind?: unknown; technology?: unknown }
    return isKind(value.kind) && typeof value.technology === 'string' ? { kind: value.kind, technology: value.technology } : null
  } catch {
    return null
  }
}
