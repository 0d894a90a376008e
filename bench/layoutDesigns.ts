import type { Design, DesignEdge, DesignNode, Kind } from '../src/core/design/index'

/** Tiers of a typical design: entry, routing, services, messaging, data; one zone per 25 nodes. */
export function generateLayeredDesign(count: number): Design {
  const tiers: Kind[][] = [['client', 'cdn'], ['load-balancer'], ['service', 'service', 'function'], ['queue', 'pubsub'], ['relational-db', 'cache', 'key-value', 'search']]
  const weights = [0.08, 0.08, 0.44, 0.12, 0.28]
  const nodes: DesignNode[] = []
  const edges: DesignEdge[] = []
  const byTier: string[][] = tiers.map(() => [])
  let seed = 12345
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const zoneCount = Math.floor(count / 25)
  for (let z = 0; z < zoneCount; z++) nodes.push({ id: `zone${z}`, kind: 'zone', position: { x: 0, y: 0 } })
  while (nodes.length < count) {
    const i = nodes.length
    let tier = 0
    for (let r = random(), acc = 0; tier < tiers.length - 1; tier++) {
      acc += weights[tier]
      if (r < acc) break
    }
    const kind = tiers[tier][i % tiers[tier].length]
    const node: DesignNode = { id: `n${i}`, kind, position: { x: 0, y: 0 } }
    if (zoneCount > 0 && kind !== 'client' && random() < 0.5) node.parent = `zone${i % zoneCount}`
    nodes.push(node)
    byTier[tier].push(node.id)
  }
  // Each node calls one or two nodes of a later tier; consumers read from a broker.
  for (let tier = 0; tier < tiers.length - 1; tier++) {
    for (const source of byTier[tier]) {
      const fanOut = 1 + Math.floor(random() * 2)
      for (let k = 0; k < fanOut; k++) {
        const nextTier = Math.min(tiers.length - 1, tier + 1 + Math.floor(random() * 2))
        const targets = byTier[nextTier].length > 0 ? byTier[nextTier] : byTier[tiers.length - 1]
        if (targets.length === 0) continue
        const target = targets[Math.floor(random() * targets.length)]
        edges.push({ id: `e${edges.length}`, source, target, mode: 'sync', access: 'read-write' })
      }
    }
  }
  for (const broker of byTier[3]) {
    const consumer = byTier[2][Math.floor(random() * byTier[2].length)]
    if (consumer) edges.push({ id: `e${edges.length}`, source: broker, target: consumer, mode: 'async', access: 'read' })
  }
  return { format: 'archsight', version: 2, name: `Generated ${count}`, nodes, edges }
}
