import { fstatSync, statSync, writeSync } from 'node:fs'
import type { CliIo } from './io'

/** os.devNull, without loading node:os for it. */
const DEV_NULL = process.platform === 'win32' ? '\\\\.\\nul' : '/dev/null'

type Chunk = string | Uint8Array

/** Writes a chunk; `hasUsedStream()`: some output went to node's stream, which may still be flushing it. */
export type FdWriter = ((chunk: Chunk) => void) & { hasUsedStream(): boolean }

/**
 * A pipe, a file or the null device (`> /dev/null`), never a terminal: output can go to it with writeSync, as
 * node's own stream would on Linux, without creating process.stdout. That stream loads node's stream modules
 * (and net's for a pipe, tty's for a terminal): several ms of a `lint` call, which is mostly start-up.
 */
function isPlainOutput(fd: number): boolean {
  try {
    const stat = fstatSync(fd)
    if (stat.isFIFO() || stat.isSocket() || stat.isFile()) return true
    // Any other character device may be a terminal: only node's tty module can tell, and it costs ~10 ms to load.
    return stat.isCharacterDevice() && stat.rdev === statSync(DEV_NULL).rdev
  } catch {
    return false
  }
}

/**
 * Writes to `fd` directly when it is a pipe, a file or /dev/null, else through node's stream (a terminal keeps what the
 * stream does for it, such as Unicode on a Windows console). When a direct write fails (EAGAIN on a pipe
 * another process made non-blocking, EPIPE when the reader has gone), what is left of it and every later
 * write go through the stream, which handles those cases as it always has; the order of the output is kept.
 */
export function createFdWriter(fd: number, getStream: () => NodeJS.WritableStream): FdWriter {
  let stream: NodeJS.WritableStream | undefined
  let isDirect: boolean | undefined
  const write = (chunk: Chunk) => {
    isDirect ??= isPlainOutput(fd)
    if (!isDirect) stream ??= getStream()
    if (stream) {
      stream.write(chunk)
      return
    }
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes))
    } catch {
      stream = getStream()
      stream.write(bytes)
    }
  }
  return Object.assign(write, { hasUsedStream: () => stream !== undefined })
}

/**
 * The CliIo of this process. `isTty` is read only when asked: only a character device can be a terminal.
 * `isAllWritten()`: every byte so far went out with writeSync, so the process may exit without waiting.
 */
export function createProcessIo(): CliIo & { isAllWritten(): boolean } {
  const writeOut = createFdWriter(1, () => process.stdout)
  const writeErr = createFdWriter(2, () => process.stderr)
  let isTty: boolean | undefined
  return {
    stdout: writeOut,
    stdoutBytes: writeOut,
    stderr: writeErr,
    get isTty() {
      isTty ??= !isPlainOutput(1) && process.stdout.isTTY === true
      return isTty
    },
    env: process.env,
    cwd: process.cwd(),
    isAllWritten: () => !writeOut.hasUsedStream() && !writeErr.hasUsedStream(),
  }
}
