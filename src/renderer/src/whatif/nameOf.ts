import { useMemo } from 'react'
import { getCardTitle } from '@core/picture'
import { useDesign } from '@renderer/store'

/** Names as the cards show them (label, else the technology), for the rows' text; ids go in tooltips. */
export type NameOf = (id: string) => string

export function useNameOf(): NameOf {
  const design = useDesign()
  return useMemo(() => {
    const names = new Map(design.nodes.map((n) => [n.id, getCardTitle(n)]))
    return (id: string) => names.get(id) ?? id
  }, [design])
}
