import { describe, expect, it, vi } from 'vitest'
import { analyze } from '@core/analysis'
import { generateDesign } from '@core/analysis/fixtures/generateDesign'
import type { Design } from '@core/design/types'
import { createAnalysisResponder } from './analysisResponder'

/** A design with one node's instances changed, as the inspector's edit makes it. */
function withInstances(design: Design, id: string, instances: number): Design {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, props: { ...n.props, instances } } : n)) }
}

function setup(warmRuns: number) {
  const tasks: Array<() => void> = []
  const analyzeSpy = vi.fn(analyze)
  const respond = createAnalysisResponder(analyzeSpy, { warmRuns, schedule: (run) => tasks.push(run) })
  const runTasks = () => {
    while (tasks.length > 0) tasks.shift()?.()
  }
  return { respond, analyzeSpy, tasks, runTasks }
}

describe('createAnalysisResponder warm-up', () => {
  const opened = generateDesign(60, 3)
  const service = opened.nodes.find((n) => n.kind === 'service')?.id ?? ''
  const edits = [withInstances(opened, service, 3), withInstances(opened, service, 1), withInstances(opened, service, 4)]

  it('runs the opened design warmRuns more times, each its own task, after the whole answer only', () => {
    const { respond, analyzeSpy, tasks, runTasks } = setup(3)
    expect(respond({ seq: 1, design: opened })).toMatchObject({ seq: 1, base: 0 })
    expect(analyzeSpy).toHaveBeenCalledTimes(1)
    expect(tasks).toHaveLength(1)
    runTasks()
    expect(analyzeSpy).toHaveBeenCalledTimes(4)
    // A delta answer starts no new warm-up.
    expect(respond({ seq: 2, design: edits[0] })).toMatchObject({ seq: 2, base: 1 })
    expect(tasks).toHaveLength(0)
    expect(analyzeSpy).toHaveBeenCalledTimes(5)
  })

  it('gives the same answers with warm-up as without, however the warm runs fall between requests', () => {
    const cold = setup(0)
    const warm = setup(4)
    const requests = [{ seq: 1, design: opened }, ...edits.map((design, i) => ({ seq: i + 2, design }))]
    const coldAnswers = requests.map((r) => cold.respond(r))
    const warmAnswers = requests.map((r) => {
      const answer = warm.respond(r)
      // One warm run between each pair of requests: the rest after the last one.
      warm.tasks.shift()?.()
      return answer
    })
    warm.runTasks()
    expect(warmAnswers).toEqual(coldAnswers)
    // The answer after the warm-up is still a delta from the last answer, not from a warm run's result.
    expect(warm.respond({ seq: 9, design: opened })).toEqual(cold.respond({ seq: 9, design: opened }))
    expect(cold.tasks).toHaveLength(0)
  })

  it('warms the latest design, and a reset (lost mirror) answers whole and warms again', () => {
    const { respond, analyzeSpy, tasks, runTasks } = setup(2)
    respond({ seq: 1, design: opened })
    respond({ seq: 2, design: edits[0] })
    runTasks()
    expect(analyzeSpy.mock.calls.slice(2).map(([design]) => design)).toEqual([edits[0], edits[0]])
    expect(respond({ seq: 3, design: edits[1], reset: true })).toMatchObject({ seq: 3, base: 0 })
    expect(tasks).toHaveLength(1)
  })

  it('stops warming when a warm run throws, and answers the next request normally', () => {
    const tasks: Array<() => void> = []
    let isBroken = false
    const respond = createAnalysisResponder(
      (design) => {
        if (isBroken) throw new Error('boom')
        return analyze(design)
      },
      { warmRuns: 3, schedule: (run) => tasks.push(run) },
    )
    respond({ seq: 1, design: opened })
    isBroken = true
    tasks.shift()?.()
    expect(tasks).toHaveLength(0)
    isBroken = false
    expect(respond({ seq: 2, design: edits[0] })).toMatchObject({ seq: 2, base: 1 })
  })
})
