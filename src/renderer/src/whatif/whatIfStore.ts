import { create } from 'zustand'
import { computeFailureTable, createView, evaluateScenario, type DesignView, type FailureRow, type FailureTarget, type Scenario } from '@core/analysis'
import type { Design } from '@core/design/types'
import { collectStateMarks, describeScenario, type ScenarioMarks } from '@core/picture'
import { useEditorStore } from '@renderer/store'

/**
 * The what-if mode (issue 12): which parts the user has failed, the scenario core/analysis evaluates for them
 * and the state marks core/picture derives from it. A store of its own, beside the editor's: failing never
 * touches the design or its undo history, and leaving the mode drops everything here.
 *
 * The scenario is computed in the action that changes it (a click, a hover), never during a render: one
 * evaluateScenario on a view kept per design, a few milliseconds at 1,000 nodes (bench/analyze.bench.ts).
 */

export type WhatIfTab = 'scenario' | 'table'

export interface WhatIfState {
  isOn: boolean
  /** The failures the user chose, in the order chosen. */
  fails: FailureTarget[]
  /** A failure-table row under the pointer or the focus: shown alone instead of `fails` while it lasts. */
  preview: FailureTarget | null
  /** The scenario on screen (`preview` alone, else `fails`); null outside the mode. */
  scenario: Scenario | null
  marks: ScenarioMarks | null
  /** "What if: Timeline service, zone us-east-1a fail". */
  title: string
  tab: WhatIfTab
  setOn: (isOn: boolean) => void
  toggle: () => void
  toggleFail: (target: FailureTarget) => void
  restoreAll: () => void
  setPreview: (target: FailureTarget | null) => void
  setTab: (tab: WhatIfTab) => void
}

const views = new WeakMap<Design, DesignView>()
const tables = new WeakMap<Design, FailureRow[]>()

function getView(design: Design): DesignView {
  let view = views.get(design)
  if (!view) views.set(design, (view = createView(design)))
  return view
}

/** The single-failure table of this design, computed once per design object. */
export function getFailureTable(design: Design): FailureRow[] {
  let rows = tables.get(design)
  if (!rows) tables.set(design, (rows = computeFailureTable(getView(design))))
  return rows
}

const OFF = { scenario: null, marks: null, title: '' } as const

function evaluate(design: Design, fails: readonly FailureTarget[], preview: FailureTarget | null) {
  const scenario = evaluateScenario(getView(design), preview ? [preview] : fails)
  return { scenario, marks: collectStateMarks(design, scenario), title: describeScenario(design, scenario.fails) }
}

const isSame = (a: FailureTarget, b: FailureTarget): boolean => a.type === b.type && a.id === b.id

export const useWhatIf = create<WhatIfState>()((set, get) => {
  const refresh = (patch: Partial<Pick<WhatIfState, 'fails' | 'preview'>> = {}) => {
    const { fails, preview } = { ...get(), ...patch }
    set({ ...patch, ...evaluate(useEditorStore.getState().design, fails, preview) })
  }
  return {
    isOn: false,
    fails: [],
    preview: null,
    ...OFF,
    tab: 'scenario',
    setOn: (isOn) => {
      if (isOn === get().isOn) return
      if (!isOn) return set({ isOn: false, fails: [], preview: null, ...OFF })
      set({ isOn: true, fails: [], preview: null })
      refresh()
      // The scenario is read in the bottom panel: bring it back if it was folded away.
      useEditorStore.getState().setProblemsOpen(true)
    },
    toggle: () => get().setOn(!get().isOn),
    toggleFail: (target) => {
      if (!get().isOn) return
      const { fails } = get()
      const next = fails.some((f) => isSame(f, target)) ? fails.filter((f) => !isSame(f, target)) : [...fails, target]
      refresh({ fails: next, preview: null })
    },
    restoreAll: () => {
      if (get().isOn) refresh({ fails: [], preview: null })
    },
    setPreview: (preview) => {
      const current = get().preview
      if (!get().isOn || current === preview || (current && preview && isSame(current, preview))) return
      refresh({ preview })
    },
    setTab: (tab) => set({ tab }),
  }
})

// An edit made while in the mode (a label, a prop, a deletion) is evaluated again; failures of parts that no
// longer exist drop out (evaluateScenario resolves only what the design has).
useEditorStore.subscribe((state, previous) => {
  const whatIf = useWhatIf.getState()
  if (!whatIf.isOn || state.design === previous.design) return
  const next = evaluate(state.design, whatIf.fails, null)
  useWhatIf.setState({ fails: next.scenario.fails, preview: null, ...next })
})

export function isFailed(fails: readonly FailureTarget[], type: FailureTarget['type'], id: string): boolean {
  return fails.some((f) => f.type === type && f.id === id)
}

/** The target a click on this node fails: a zone fails as a zone. */
export function targetOfNode(design: Design, id: string): FailureTarget {
  const node = design.nodes.find((n) => n.id === id)
  return { type: node?.kind === 'zone' ? 'zone' : 'node', id }
}
