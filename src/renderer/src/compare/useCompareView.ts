import { useMemo } from 'react'
import { getAnalysisFor } from '@renderer/analysis'
import { useDesign } from '@renderer/store'
import { buildCompareView, type CompareView } from './compareModel'
import { useCompareBase } from './compareState'

/** The comparison of the design on screen with the chosen version; null outside compare mode. Follows edits. */
export function useCompareView(): (CompareView & { fileName: string }) | null {
  const base = useCompareBase()
  const design = useDesign()
  return useMemo(() => {
    if (!base) return null
    return { fileName: base.fileName, ...buildCompareView(base.design, design, base.analysis, getAnalysisFor(design)) }
  }, [base, design])
}
