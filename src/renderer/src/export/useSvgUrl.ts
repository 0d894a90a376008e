import { useEffect, useState } from 'react'

/** A Blob URL for an SVG string, revoked when the string changes or the component goes (no leaked blobs). */
export function useSvgUrl(svg: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (svg === null) {
      setUrl(null)
      return
    }
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
    setUrl(next)
    return () => URL.revokeObjectURL(next)
  }, [svg])
  return url
}
