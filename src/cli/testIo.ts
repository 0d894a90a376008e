import type { CliIo } from './io'

/** An in-memory CliIo for tests: what a user would see, without a process. */
export function createTestIo(options: { isTty?: boolean; env?: Record<string, string> } = {}): CliIo & {
  out: () => string
  err: () => string
  bytes: () => Uint8Array
} {
  let out = ''
  let err = ''
  const chunks: Uint8Array[] = []
  return {
    stdout: (text) => {
      out += text
    },
    stdoutBytes: (bytes) => {
      chunks.push(bytes)
      out += new TextDecoder().decode(bytes)
    },
    stderr: (text) => {
      err += text
    },
    isTty: options.isTty ?? false,
    env: options.env ?? {},
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
    bytes: () => {
      const total = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const chunk of chunks) {
        total.set(chunk, at)
        at += chunk.length
      }
      return total
    },
  }
}
