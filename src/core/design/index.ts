// The design module's public API: the format's types, reading (parse) and writing (serialize), and geometry.
export * from './types'
export * from './geometry'
export { parseDesign, parseDesignBytes, parseValue, MAX_DESIGN_BYTES } from './parse'
export { LIMITS, SIZE_LIMITS_SENTENCE, describeFileTooLarge } from './limits'
export type { ParseResult, DesignError } from './parse'
export { serializeDesign } from './serialize'
export { isEdgeOptional } from './edges'
