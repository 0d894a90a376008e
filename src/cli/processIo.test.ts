import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFdWriter } from './processIo'

/** A stand-in for process.stdout that records what it was given and whether it was asked for at all. */
function fakeStream() {
  const chunks: string[] = []
  let created = 0
  const stream = {
    write: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return true
    },
  } as unknown as NodeJS.WritableStream
  return {
    get: () => {
      created++
      return stream
    },
    text: () => chunks.join(''),
    created: () => created,
  }
}

const file = () => join(mkdtempSync(join(tmpdir(), 'archsight-io-')), 'out.txt')

describe('createFdWriter', () => {
  it('writes text and bytes straight to a file, in order, without creating the stream', () => {
    const path = file()
    const fd = openSync(path, 'w')
    const stream = fakeStream()
    const write = createFdWriter(fd, stream.get)
    write('héllo · ')
    write(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    write('\n'.repeat(3) + 'x'.repeat(200_000))
    closeSync(fd)
    const bytes = readFileSync(path)
    const text = Buffer.byteLength('héllo · ')
    expect(bytes.subarray(0, text).toString('utf8')).toBe('héllo · ')
    expect([...bytes.subarray(text, text + 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(bytes.length).toBe(text + 4 + 3 + 200_000)
    expect(stream.created()).toBe(0)
    // All written: the process may exit at once (bin.ts).
    expect(write.hasUsedStream()).toBe(false)
  })

  // Character devices as on Linux and macOS (the CI and this machine); Windows has neither path.
  it.skipIf(process.platform === 'win32')('goes through the stream for a device that may be a terminal (/dev/zero here), as node always did', () => {
    const fd = openSync('/dev/zero', 'w')
    const stream = fakeStream()
    const write = createFdWriter(fd, stream.get)
    write('a')
    write('b')
    closeSync(fd)
    expect(stream.text()).toBe('ab')
    expect(stream.created()).toBe(1)
  })

  it.skipIf(process.platform === 'win32')('writes straight to /dev/null, which is no terminal', () => {
    const fd = openSync('/dev/null', 'w')
    const stream = fakeStream()
    createFdWriter(fd, stream.get)('thrown away')
    closeSync(fd)
    expect(stream.created()).toBe(0)
  })

  it('hands a write that fails, and every later one, to the stream: nothing is lost or reordered', () => {
    const path = file()
    writeFileSync(path, '')
    const readOnly = openSync(path, 'r')
    const stream = fakeStream()
    const write = createFdWriter(readOnly, stream.get)
    write('first ')
    write(new Uint8Array([0x32, 0x6e, 0x64]))
    write(' third')
    closeSync(readOnly)
    expect(stream.text()).toBe('first 2nd third')
    expect(stream.created()).toBe(1)
    // The stream may still be flushing: the process must end by itself.
    expect(write.hasUsedStream()).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe('')
  })
})
