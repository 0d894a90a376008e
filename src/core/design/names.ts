import type { DesignEdge, DesignNode } from './types'

/**
 * How a node or an edge is named in text (findings, the problems panel, the inspector): its label when it has
 * one, else its id, which is unique and what the file says. A card's title is a different fact (label, else the
 * technology's name: a picture shows what a thing is, not its id): core/picture getCardTitle.
 */
export function getNodeName(node: Pick<DesignNode, 'id' | 'label'>): string {
  return node.label !== undefined && node.label.trim() !== '' ? node.label : node.id
}

export function getEdgeName(edge: Pick<DesignEdge, 'id' | 'label'>): string {
  return edge.label !== undefined && edge.label.trim() !== '' ? edge.label : edge.id
}
