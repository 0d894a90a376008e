import { layoutDesignWithRoutes, type LayoutDirection, type LayoutEngine } from '@core/layout'
import type { EditorStore } from '@renderer/store'
import { useEdgeRoutes } from '@renderer/store'
import { timeAsync } from '@renderer/platform'
import { useLayoutState } from './layoutState'
import { createWorkerEngine, LayoutTimeoutError } from './workerEngine'
import { warmUpEngine } from './warmUp'

/**
 * Auto-layout as the user sees it: the whole design, or only the selection when two or more nodes are
 * selected; one undo step; the view fitted afterwards. The design is never half laid out: a failure, a
 * timeout or an edit made while ELK was running leaves it exactly as it was, with a notice saying why.
 * The edges ELK routed are kept for the canvas (canvas/edges/edgeRoutes.ts) until another design is loaded.
 */

export type LayoutOutcome = 'applied' | 'empty' | 'stale' | 'timeout' | 'failed'

export interface AutoLayoutOptions {
  direction: LayoutDirection
  engine: LayoutEngine
  /** Runs after the laid-out design is in the store (fit the view). */
  onApplied?: () => void
}

export async function runAutoLayout(store: EditorStore, options: AutoLayoutOptions): Promise<LayoutOutcome> {
  const { design, selectedNodeIds } = store.getState()
  const notify = (message: string) => store.getState().showNotice({ message })
  if (design.nodes.length === 0) {
    notify('Nothing to lay out yet: add a component first.')
    return 'empty'
  }
  const nodeIds = selectedNodeIds.length >= 2 ? selectedNodeIds : undefined
  let laidOut
  let routes
  try {
    ;({ design: laidOut, routes } = await layoutDesignWithRoutes(design, options.engine, { direction: options.direction, nodeIds }))
  } catch (error) {
    if (error instanceof LayoutTimeoutError) {
      notify(`${error.message}; the design is unchanged.`)
      return 'timeout'
    }
    notify(`Auto-layout failed (${error instanceof Error ? error.message : String(error)}); the design is unchanged.`)
    return 'failed'
  }
  if (store.getState().design !== design) {
    notify('The design changed while auto-layout ran, so its result was dropped. Run it again.')
    return 'stale'
  }
  if (laidOut !== design) store.getState().replaceDesign(laidOut, nodeIds ? 'Auto-layout selection' : 'Auto-layout')
  clearRoutesOnLoad(store)
  useEdgeRoutes.getState().setRoutes(routes, laidOut)
  options.onApplied?.()
  return 'applied'
}

const watchedStores = new WeakSet<EditorStore>()

/**
 * Routes belong to the design they were laid out for. Loading a file, a template or a new design replaces
 * `savedDesign` with a design that was not the one being edited (saving sets it to the current one).
 */
function clearRoutesOnLoad(store: EditorStore): void {
  if (watchedStores.has(store)) return
  watchedStores.add(store)
  store.subscribe((state, previous) => {
    if (state.savedDesign !== previous.savedDesign && state.savedDesign !== previous.design) useEdgeRoutes.getState().clearRoutes()
  })
}

let sharedWorker: LayoutEngine | null = null
let sharedEngine: LayoutEngine | null = null

/** ELK in the shared worker, timed as `archsight:layout-worker`; the worker starts on first use. */
function getSharedEngine(): LayoutEngine {
  if (!sharedWorker) sharedWorker = createWorkerEngine()
  const worker = sharedWorker
  if (!sharedEngine) sharedEngine = { layout: (graph) => timeAsync('archsight:layout-worker', () => worker.layout(graph)) }
  return sharedEngine
}

/**
 * Starts the layout worker and warms ELK up when the editor is idle (warmUp.ts), once per page, so the
 * first auto-layout runs as fast as the next ones. The warm-up goes to the worker untimed.
 */
export function prepareAutoLayout(): void {
  if (sharedWorker || typeof Worker === 'undefined') return
  getSharedEngine()
  if (sharedWorker) warmUpEngine(sharedWorker)
}

/** The editor's command: the chosen direction, ELK in the shared worker, one layout at a time. */
export async function autoLayoutInEditor(
  store: EditorStore,
  fit: () => void,
  direction?: LayoutDirection,
): Promise<void> {
  const state = useLayoutState.getState()
  if (state.isRunning) return
  if (direction) state.setDirection(direction)
  const options: AutoLayoutOptions = {
    direction: direction ?? state.direction,
    engine: getSharedEngine(),
    // Fit once React Flow has measured the moved nodes, i.e. after the next paint.
    onApplied: () => requestAnimationFrame(() => requestAnimationFrame(fit)),
  }
  state.setRunning(true)
  try {
    await timeAsync('archsight:auto-layout', () => runAutoLayout(store, options))
  } finally {
    useLayoutState.getState().setRunning(false)
  }
}
