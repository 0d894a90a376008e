/**
 * User Timing measures (`archsight:*`) around the slow steps of export and auto-layout, so the browser bench and
 * the Performance panel see where time goes. A measure is a few bytes; nothing reads them in the app.
 */

function record(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() })
  } catch {
    // A runtime without User Timing level 3 simply records nothing.
  }
}

export function timeSync<T>(name: string, task: () => T): T {
  const start = performance.now()
  try {
    return task()
  } finally {
    record(name, start)
  }
}

export async function timeAsync<T>(name: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await task()
  } finally {
    record(name, start)
  }
}
