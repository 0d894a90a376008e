import type { Design, DesignEdge, DesignNode, Kind, PropValue, RuleSetting, Workload } from '../design/types'
import { DESIGN_FORMAT, DESIGN_VERSION } from '../design/types'

/**
 * A terse way to write test designs:
 * `design().node('api', 'service', { instances: 2 }).edge('api', 'db', { access: 'write' }).build()`.
 * Edges default to sync read-write and take the id `<source>-<target>` (then `-2`, `-3` on repeats);
 * nodes are laid out on a grid so positions are valid and distinct.
 */

export interface NodeExtras {
  technology?: string
  label?: string
  parent?: string
}

export type EdgeOptions = Partial<Omit<DesignEdge, 'source' | 'target'>>

export class DesignBuilder {
  private readonly nodes: DesignNode[] = []
  private readonly edges: DesignEdge[] = []
  private readonly usedIds = new Set<string>()
  private workloadValue: Workload | undefined
  private rulesValue: Record<string, RuleSetting> | undefined
  private suppressionsValue: Design['suppressions']

  constructor(private readonly name: string) {}

  node(id: string, kind: Kind, props?: Record<string, PropValue>, extras: NodeExtras = {}): this {
    if (this.usedIds.has(id)) throw new Error(`designBuilder: id "${id}" is used twice`)
    this.usedIds.add(id)
    const index = this.nodes.length
    const node: DesignNode = { id, kind, position: { x: (index % 8) * 240, y: Math.floor(index / 8) * 160 } }
    if (extras.technology !== undefined) node.technology = extras.technology
    if (extras.label !== undefined) node.label = extras.label
    if (extras.parent !== undefined) node.parent = extras.parent
    if (props !== undefined) node.props = props
    this.nodes.push(node)
    return this
  }

  zone(id: string, extras: NodeExtras = {}): this {
    return this.node(id, 'zone', undefined, extras)
  }

  edge(source: string, target: string, options: EdgeOptions = {}): this {
    let id = options.id ?? `${source}-${target}`
    for (let n = 2; options.id === undefined && this.usedIds.has(id); n++) id = `${source}-${target}-${n}`
    if (this.usedIds.has(id)) throw new Error(`designBuilder: id "${id}" is used twice`)
    this.usedIds.add(id)
    this.edges.push({ mode: 'sync', access: 'read-write', ...options, id, source, target })
    return this
  }

  workload(workload: Workload): this {
    this.workloadValue = workload
    return this
  }

  rules(rules: Record<string, RuleSetting>): this {
    this.rulesValue = rules
    return this
  }

  suppress(rule: string, target: string | undefined, reason = 'accepted in a test'): this {
    this.suppressionsValue = [...(this.suppressionsValue ?? []), { rule, reason, ...(target ? { target } : {}) }]
    return this
  }

  build(): Design {
    const built: Design = {
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      name: this.name,
      nodes: this.nodes.map((n) => ({ ...n, position: { ...n.position } })),
      edges: this.edges.map((e) => ({ ...e })),
    }
    if (this.workloadValue) built.workload = this.workloadValue
    if (this.rulesValue) built.rules = { ...this.rulesValue }
    if (this.suppressionsValue) built.suppressions = this.suppressionsValue.map((s) => ({ ...s }))
    return built
  }
}

export function design(name = 'Test design'): DesignBuilder {
  return new DesignBuilder(name)
}
