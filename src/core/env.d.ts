// Core is pure ES2022 with no DOM or Node types, but TextEncoder/TextDecoder exist in every runtime it
// runs in (browser, Electron renderer, Node). Declare just what core uses.
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array): string
}
