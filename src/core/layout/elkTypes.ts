/**
 * The slice of ELK's JSON graph format (https://eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/jsonformat.html)
 * that Archsight writes and reads. Declared here so core never imports elkjs: the caller passes an engine in
 * (elkjs in a Web Worker in the app, elk.bundled.js in tests and the CLI). elkjs's ELK class fits LayoutEngine.
 */

export type ElkLayoutOptions = Record<string, string>

export interface ElkPointJson {
  x: number
  y: number
}

export interface ElkEdgeSectionJson {
  id: string
  startPoint: ElkPointJson
  endPoint: ElkPointJson
  bendPoints?: ElkPointJson[]
}

export interface ElkEdgeJson {
  id: string
  sources: string[]
  targets: string[]
  layoutOptions?: ElkLayoutOptions
  sections?: ElkEdgeSectionJson[]
  /** Written by ELK: the node whose top-left corner the sections are relative to (absent: where it is declared). */
  container?: string
}

export interface ElkNodeJson {
  id: string
  /** Relative to the parent node's top-left corner (ELK's convention), filled in by the layout. */
  x?: number
  y?: number
  width?: number
  height?: number
  layoutOptions?: ElkLayoutOptions
  children?: ElkNodeJson[]
  edges?: ElkEdgeJson[]
}

export interface LayoutEngine {
  layout(graph: ElkNodeJson): Promise<ElkNodeJson>
}
