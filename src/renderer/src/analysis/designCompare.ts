import type { Design, DesignNode } from '@core/design/types'

/**
 * Whether two designs give the same analysis. The analysis never reads positions or the saved viewport, so a
 * finished drag (moveNodes) must not re-run it. Store actions replace what they change and keep every other
 * object, so reference comparison of the untouched parts is exact and O(nodes); a false "different" only
 * costs one extra run, never a stale result.
 */
export function isSameForAnalysis(a: Design, b: Design): boolean {
  if (a === b) return true
  if (a.nodes.length !== b.nodes.length) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (key === 'nodes' || key === 'view') continue
    if (a[key as keyof Design] !== b[key as keyof Design]) return false
  }
  for (let i = 0; i < a.nodes.length; i++) {
    if (!isSameNodeIgnoringPosition(a.nodes[i], b.nodes[i])) return false
  }
  return true
}

function isSameNodeIgnoringPosition(a: DesignNode, b: DesignNode): boolean {
  if (a === b) return true
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (key === 'position') continue
    if (a[key as keyof DesignNode] !== b[key as keyof DesignNode]) return false
  }
  return true
}
