import { useEffect, useState } from 'react'

/**
 * A Blob URL for an SVG string, revoked when the string changes or the component goes (no leaked blobs).
 * Null until the URL for THIS string exists, so a caller never pairs a string with its predecessor's URL.
 */
export function useSvgUrl(svg: string | null): string | null {
  const [current, setCurrent] = useState<{ svg: string; url: string } | null>(null)
  useEffect(() => {
    if (svg === null) {
      setCurrent(null)
      return
    }
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
    setCurrent({ svg, url })
    return () => URL.revokeObjectURL(url)
  }, [svg])
  return current && current.svg === svg ? current.url : null
}
