import { useMemo } from 'react'
import type { Design } from '@core/design'
import { renderDesignSvg } from '@core/export/svg'
import { useSvgUrl } from '@renderer/export'

/** A small picture of a template: core's export SVG (no analysis marks, no background) as an <img>. */
export function TemplateThumbnail({ design, theme }: { design: Design; theme: 'light' | 'dark' }) {
  const svg = useMemo(() => renderDesignSvg(design, { theme, background: false, padding: 16 }).svg, [design, theme])
  const url = useSvgUrl(svg)
  return (
    <span className="template-thumb" aria-hidden="true">
      {url && <img src={url} alt="" draggable={false} />}
    </span>
  )
}
