import type { SvgResult } from '@core/export/svg'
import { rasterizeToBlob } from './rasterize'

/**
 * Copy the picture to the clipboard as an image. The ClipboardItem gets a promise of the blob, created inside
 * the click, because rasterising a large design can outlast the click's user activation. Resolves to null on
 * success, or to the message to show.
 */
export async function copyPictureToClipboard(picture: SvgResult, scale: number, loadedUrl?: string): Promise<string | null> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return 'Copying images is not available here; export a PNG file instead.'
  }
  try {
    const blob = rasterizeToBlob(picture, scale, loadedUrl).then((result) => result.blob)
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })])
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `Could not copy the picture to the clipboard (${reason}). Export a PNG file instead.`
  }
}
