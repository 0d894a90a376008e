import type { Page } from '@playwright/test'

/** PNG facts read the way a viewer would: the signature and IHDR from the bytes, pixels decoded by the browser. */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function readPngHeader(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** IHDR's colour type: 2 RGB, 6 RGBA (a picture on its background needs no alpha channel). */
export function readPngColourType(bytes: Uint8Array): number | null {
  return readPngHeader(bytes) ? bytes[25] : null
}

export type Rgba = [number, number, number, number]

/**
 * Decodes the PNG in the page (createImageBitmap, as any browser shows it) and returns, for each point, every
 * pixel within `radius` of it: antialiased 1.5 px strokes land on neighbouring pixels.
 */
export async function samplePixels(
  page: Page,
  png: Uint8Array,
  points: readonly { x: number; y: number }[],
  radius: number,
): Promise<Rgba[][]> {
  const base64 = Buffer.from(png).toString('base64')
  return page.evaluate(
    async ({ base64, points, radius }) => {
      const binary = atob(base64)
      const bytes = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
      return points.map(({ x, y }) => {
        const around: [number, number, number, number][] = []
        for (let dy = -radius; dy <= radius; dy++) {
          for (let dx = -radius; dx <= radius; dx++) {
            const px = Math.round(x) + dx
            const py = Math.round(y) + dy
            if (px < 0 || py < 0 || px >= bitmap.width || py >= bitmap.height) continue
            const i = (py * bitmap.width + px) * 4
            around.push([data[i], data[i + 1], data[i + 2], data[i + 3]])
          }
        }
        return around
      })
    },
    { base64, points, radius },
  )
}

export function parseHexColour(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

export function isNear(pixel: Rgba, colour: [number, number, number], tolerance: number): boolean {
  return pixel[3] > 200 && Math.hypot(pixel[0] - colour[0], pixel[1] - colour[1], pixel[2] - colour[2]) <= tolerance
}
