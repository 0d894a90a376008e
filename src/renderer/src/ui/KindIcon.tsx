import { memo } from 'react'
import { Box } from 'lucide-react'
import type { Kind } from '@core/design/types'
import { getKindSpec, getTechnology } from '@core/catalogue'
import { BRAND_MARKS } from './brands'
import { KIND_ICONS } from './kindIcons'

interface Props {
  kind: Kind
  technology?: string
  size?: number
}

/** The technology's brand mark where simple-icons has it, else the kind's lucide icon. Decorative: aria-hidden. */
export const KindIcon = memo(function KindIcon({ kind, technology, size = 16 }: Props) {
  const brandSlug = getTechnology({ kind, technology }).brand
  const brand = brandSlug ? BRAND_MARKS[brandSlug] : undefined
  if (brand) {
    return (
      <svg className="kind-icon kind-icon--brand" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
        <path d={brand.path} fill="currentColor" />
      </svg>
    )
  }
  const Icon = KIND_ICONS[getKindSpec(kind).icon] ?? Box
  return <Icon className="kind-icon" size={size} strokeWidth={1.75} aria-hidden="true" />
})
