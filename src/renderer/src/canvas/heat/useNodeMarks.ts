import { useAnalysisStore } from '../../analysis/analysisStore'
import { useAnnotationUi } from '../../analysis/annotationUi'

/**
 * The classes the analysis adds to a node card: the single-point-of-failure ring and, in the heat view, the
 * utilisation band. A string, so the card re-renders only when its marks actually change.
 */
export function useNodeMarkClass(id: string): string {
  const isHeatOn = useAnnotationUi((s) => s.isHeatOn)
  return useAnalysisStore((s) => {
    const annotation = s.annotations.nodes.get(id)
    let marks = ''
    if (annotation?.spof) marks += annotation.spof === 'user-facing' ? ' is-spof-user' : ' is-spof-background'
    if (isHeatOn) marks += ` heat-${annotation?.heat ?? 'none'}`
    return marks
  })
}

/** The class an edge with findings takes: the colour of its worst finding. */
export function useEdgeMarkClass(id: string): string {
  return useAnalysisStore((s) => {
    const worst = s.annotations.edges.get(id)?.worst
    return worst ? ` has-${worst}` : ''
  })
}

/** The edge's findings as tooltip text, or '' when it has none. */
export function useEdgeFindingText(id: string): string {
  return useAnalysisStore((s) => s.annotations.edges.get(id)?.messages.join('\n') ?? '')
}
