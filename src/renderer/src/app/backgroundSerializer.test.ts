import { describe, expect, it } from 'vitest'
import { generateDesign } from '@core/analysis/fixtures/generateDesign'
import { serializeDesign } from '@core/design'
import { createBackgroundSerializer, type SerializeRequest, type SerializeResponse, type SerializeWorker } from './backgroundSerializer'

/** A worker that holds its requests until told to answer, over a structured clone like the real one. */
class FakeWorker implements SerializeWorker {
  onmessage: ((event: { data: SerializeResponse }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  requests: SerializeRequest[] = []
  isTerminated = false
  postMessage(message: SerializeRequest): void {
    this.requests.push(structuredClone(message))
  }
  terminate(): void {
    this.isTerminated = true
  }
  answerAll(): void {
    for (const { id, design } of this.requests.splice(0)) this.onmessage?.({ data: { id, text: serializeDesign(design) } })
  }
}

describe('createBackgroundSerializer', () => {
  const designs = [generateDesign(20, 1), generateDesign(30, 2)]

  it('gives the same text as serializeDesign, made by the worker, in the order asked', async () => {
    const worker = new FakeWorker()
    const serializer = createBackgroundSerializer(() => worker)
    const order: string[] = []
    const texts = designs.map((d, i) => serializer.serialize(d).then((text) => (order.push(`#${i}`), text)))
    expect(worker.requests).toHaveLength(2)
    worker.answerAll()
    expect(await Promise.all(texts)).toEqual(designs.map((d) => serializeDesign(d)))
    expect(order).toEqual(['#0', '#1'])
  })

  it('serialises in place when no worker can be made', async () => {
    const serializer = createBackgroundSerializer(() => null)
    expect(await serializer.serialize(designs[0])).toBe(serializeDesign(designs[0]))
  })

  it('finishes what a failed worker was asked in place, and asks no worker again', async () => {
    let spawned = 0
    const worker = new FakeWorker()
    const serializer = createBackgroundSerializer(() => (spawned++, worker))
    const first = serializer.serialize(designs[0])
    worker.onerror?.(new Event('error'))
    expect(worker.isTerminated).toBe(true)
    expect(await first).toBe(serializeDesign(designs[0]))
    expect(await serializer.serialize(designs[1])).toBe(serializeDesign(designs[1]))
    expect(spawned).toBe(1)
  })

  it('rejects with the worker\'s message when the design cannot be serialised', async () => {
    const worker = new FakeWorker()
    const serializer = createBackgroundSerializer(() => worker)
    const text = serializer.serialize(designs[0])
    worker.onmessage?.({ data: { id: worker.requests[0].id, error: 'bad design' } })
    await expect(text).rejects.toThrow('bad design')
  })
})
