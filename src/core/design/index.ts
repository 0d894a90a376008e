// The design module's public API: the format's types, reading (parse) and writing (serialize), and geometry.
export * from './types'
export * from './geometry'
export { parseDesign, parseDesignBytes, MAX_DESIGN_BYTES } from './parse'
export type { ParseResult, DesignError } from './parse'
export { serializeDesign } from './serialize'
export { isEdgeOptional } from './edges'
