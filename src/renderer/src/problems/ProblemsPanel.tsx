import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { CircleCheck, ListChecks, Search } from 'lucide-react'
import type { Analysis, Diagnostic } from '@core/analysis'
import type { Design } from '@core/design/types'
import { useAnalysisStore, useAnnotationUi, applyFix, useRevealTarget } from '@renderer/analysis'
import { useEditorStore } from '@renderer/store'
import { ProblemRow } from './ProblemRow'
import { createTargetNamer, getProblemKey, listProblems, SEVERITIES } from './problemsModel'
import { SeverityIcon, SEVERITY_PLURAL } from '@renderer/ui'
import { SuppressedSection } from './SuppressedSection'
import './problems.css'

/**
 * The bottom panel, VS Code's problems panel: findings grouped by severity with counts, severity toggles and a
 * text filter, one row per finding. Arrow keys move through the rows (one tab stop), Enter or a click selects
 * and centres the target; quick fixes and Suppress act on the row.
 */
export function ProblemsPanel() {
  // A new result paints the cards' badges first; the list follows in a render of its own (React's deferred
  // value: a background render that yields to input). At 1,000 nodes the list's render made the task that
  // applied a result the longest after an edit or a drop, and held back the badges' paint.
  const analysis = useDeferredValue(useAnalysisStore((s) => s.analysis))
  const design = useDeferredValue(useAnalysisStore((s) => s.design))
  // A result of the design that was open before (another file, a template, New) lists nothing of this one, not
  // even "no problems": until this design's own result arrives (seconds at 1,000 nodes) the list says it is
  // analysing. Edits of the same design keep their list on screen while the next result is on its way. The
  // result's load is deferred with the result: read as it is now, it let the old result through for one render.
  const shownLoad = useDeferredValue(useAnalysisStore((s) => s.loadCount))
  const isOtherLoad = shownLoad !== useEditorStore((s) => s.loadCount)
  return <ProblemsContent analysis={isOtherLoad ? null : analysis} design={isOtherLoad ? null : design} />
}

/**
 * "updating…" while the analysis runs or the list still shows an older result: its own component, so the
 * flag never re-renders the list.
 */
function PendingNote({ shown }: { shown: Analysis | null }) {
  const isPending = useAnalysisStore((s) => s.isPending || s.analysis !== shown)
  return isPending ? (
    <span className="problems-pending" role="status" data-testid="analysis-pending">
      updating…
    </span>
  ) : null
}

/**
 * The all-clear, said only of a design that was analysed: a file opened onto the empty canvas shows the empty
 * canvas's (clean) result until its own arrives, seconds later at 1,000 nodes, and "No problems" would be false
 * there (a result of another load never reaches here: ProblemsPanel). An edit of a clean design keeps the
 * all-clear (the result it shows is of that design), so it never blinks.
 */
function NoProblems({ shown }: { shown: Design | null }) {
  const isStale = useAnalysisStore((s) => s.isPending || s.design !== shown)
  const hasCards = useEditorStore((s) => s.design.nodes.length > 0)
  const isWaiting = isStale && hasCards && (shown?.nodes.length ?? 0) === 0
  return isWaiting ? (
    <span className="muted">Analysing…</span>
  ) : (
    <>
      <CircleCheck size={15} className="problems-empty__ok" aria-hidden="true" /> No problems in this design
    </>
  )
}

/**
 * Rows per block the browser may skip (content-visibility: auto, problems.css). Each block is a layer it hit-tests
 * and an element it checks against the view on every frame: with one per row, ~700 at 1,000 nodes cost a canvas
 * drag 1.3-2 ms a frame (traced); with blocks of 32, a result that adds or drops a row still lays out one block.
 */
const CHUNK_ROWS = 32
/** A row's height on one line (problems.css), the block's size before it was first laid out. */
const ROW_HEIGHT = 24

/** The element that had the focus in the list, its row's finding and, when it was a control of the row, which. */
interface FocusInList {
  element: Element
  key: string
  control: string | null
}

function noteFocus(list: HTMLElement | null): FocusInList | null {
  const focused = document.activeElement
  if (!list || !focused || !list.contains(focused)) return null
  const row = focused.closest<HTMLElement>('[data-testid="problem"]')
  const key = row?.dataset.key
  if (!row || key === undefined) return null
  return { element: focused, key, control: focused === row ? null : focused.getAttribute('data-testid') }
}

/**
 * Each row's place in its group (aria-posinset, aria-setsize): the browser leaves the rows of a block it skips out
 * of the accessibility tree, so a screen reader would count only the rows of blocks shown so far. Set here, not
 * as the rows' props, so that a finding added at the top does not render every row below it again.
 */
function numberRows(list: HTMLElement): void {
  for (const group of list.querySelectorAll('.problems-group__rows')) {
    const rows = group.querySelectorAll('[data-testid="problem"]')
    const size = String(rows.length)
    rows.forEach((row, i) => {
      const position = String(i + 1)
      if (row.getAttribute('aria-posinset') !== position) row.setAttribute('aria-posinset', position)
      if (row.getAttribute('aria-setsize') !== size) row.setAttribute('aria-setsize', size)
    })
  }
}

/** The row element at `index` in the list's order (the order of the rows' keys), across groups and blocks. */
function rowAt(list: HTMLElement | null, index: number): HTMLElement | undefined {
  return index < 0 ? undefined : list?.querySelectorAll<HTMLElement>('[data-testid="problem"]')[index]
}

function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK_ROWS) chunks.push(items.slice(i, i + CHUNK_ROWS))
  return chunks
}

/** How long after a quick fix or a suppression its row's focus is handed on (the dialog's reason can take a while). */
const REFOCUS_WITHIN_MS = 60_000

const ProblemsContent = memo(function ProblemsContent({ analysis, design }: { analysis: Analysis | null; design: Design | null }) {
  const severities = useAnnotationUi((s) => s.severities)
  const text = useAnnotationUi((s) => s.text)
  const setText = useAnnotationUi((s) => s.setText)
  const toggleSeverity = useAnnotationUi((s) => s.toggleSeverity)
  const askSuppress = useAnnotationUi((s) => s.askSuppress)
  const setRulesOpen = useAnnotationUi((s) => s.setRulesOpen)
  const reveal = useRevealTarget()
  const listRef = useRef<HTMLUListElement>(null)
  const [activeKey, setActiveKey] = useState<string | null>(null)

  const nameOf = useMemo(() => (design ? createTargetNamer(design) : null), [design])
  const list = useMemo(
    () => (analysis && nameOf ? listProblems(analysis.diagnostics, { severities, text }, nameOf) : null),
    [analysis, nameOf, severities, text],
  )
  const keys = useMemo(() => (list ? list.rows.map(getProblemKey) : []), [list])
  // Read through a ref so the row handlers stay the same functions across results: with unchanged findings
  // keeping their objects (analysisDelta.ts), every memoised row but the changed ones then skips its render.
  const keysRef = useRef(keys)
  keysRef.current = keys
  const rows = list?.rows ?? []
  const activeIndex = Math.max(0, activeKey === null ? 0 : keys.indexOf(activeKey))

  const onReveal = useCallback(
    (d: Diagnostic) => {
      setActiveKey(getProblemKey(d))
      reveal(d.target)
    },
    [reveal],
  )
  const onFocusRow = useCallback((d: Diagnostic) => setActiveKey(getProblemKey(d)), [])
  // A quick fix or a suppression takes its row away, and the focus with it (to the page): the row that comes to
  // its place takes the focus, so the keyboard stays in the list. Only soon after, and only if the focus was lost.
  const leaving = useRef<{ key: string; index: number; at: number } | null>(null)
  const markLeaving = useCallback((d: Diagnostic) => {
    const key = getProblemKey(d)
    leaving.current = { key, index: keysRef.current.indexOf(key), at: performance.now() }
  }, [])
  useEffect(() => {
    const left = leaving.current
    if (!left || keys.includes(left.key)) return
    leaving.current = null
    const isLost = document.activeElement === null || document.activeElement === document.body
    if (!isLost || keys.length === 0 || performance.now() - left.at > REFOCUS_WITHIN_MS) return
    const index = Math.min(Math.max(left.index, 0), keys.length - 1)
    setActiveKey(keys[index])
    rowAt(listRef.current, index)?.focus()
  }, [keys])
  // A finding added or dropped above a row can move it into the next block of rows, where it is a new element.
  // What had the focus in the list is noted as each render starts; if this render's commit took that very element
  // away (the page has the focus now) and its finding is still listed, the same row, or the same control in it,
  // gets the focus back. A finding that went (a fix, a suppression) is the effect above's.
  const focusBefore = useRef<FocusInList | null>(null)
  focusBefore.current = noteFocus(listRef.current)
  // A press outside the list after the note (on the panel's heading, say, while a deferred render was under way)
  // leaves the focus where the user put it.
  useEffect(() => {
    const onPress = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !listRef.current?.contains(event.target)) focusBefore.current = null
    }
    document.addEventListener('pointerdown', onPress, true)
    return () => document.removeEventListener('pointerdown', onPress, true)
  }, [])
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list) return
    numberRows(list)
    const before = focusBefore.current
    const focused = document.activeElement
    if (!before || before.element.isConnected || (focused !== null && focused !== document.body)) return
    const row = rowAt(list, keys.indexOf(before.key))
    if (!row) return
    const control = before.control ? row.querySelector<HTMLElement>(`[data-testid="${before.control}"]`) : null
    ;(control ?? row).focus()
  }, [keys])
  const onFix = useCallback((d: Diagnostic) => {
    // The list may still show the previous result for one deferred render (after opening another design, a
    // row of the old one): only a finding of the current result is fixed.
    if (!d.fix || !useAnalysisStore.getState().analysis?.diagnostics.includes(d)) return
    markLeaving(d)
    applyFix(d.fix)
  }, [markLeaving])
  const onSuppress = useCallback(
    (d: Diagnostic) => {
      markLeaving(d)
      askSuppress(d)
    },
    [markLeaving, askSuppress],
  )
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, d: Diagnostic) => {
      if (event.target !== event.currentTarget) return
      const keys = keysRef.current
      const index = keys.indexOf(getProblemKey(d))
      let next = -1
      if (event.key === 'ArrowDown') next = Math.min(index + 1, keys.length - 1)
      else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0)
      else if (event.key === 'Home') next = 0
      else if (event.key === 'End') next = keys.length - 1
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        onReveal(d)
        return
      } else return
      event.preventDefault()
      setActiveKey(keys[next])
      rowAt(listRef.current, next)?.focus()
    },
    [onReveal],
  )

  const total = list ? list.counts.error + list.counts.warning + list.counts.info : 0
  let rowIndex = 0
  return (
    <section className={`problems-panel${list ? '' : ' is-waiting'}`} data-testid="problems-panel" aria-label="Problems">
      <header className="problems-toolbar">
        <h2 className="section-heading problems-toolbar__title">
          Problems <span className="problems-toolbar__total">{total}</span>
        </h2>
        {/* Without a list the body says "Analysing…" already. */}
        {list && <PendingNote shown={analysis} />}
        <div className="severity-toggles" role="group" aria-label="Show severities">
          {SEVERITIES.map((severity) => (
            <button
              key={severity}
              type="button"
              className={`quiet-button quiet-button--small severity-toggle sev-${severity}${severities[severity] ? ' is-on' : ''}`}
              aria-pressed={severities[severity]}
              data-testid={`problems-filter-${severity}`}
              title={`${severities[severity] ? 'Hide' : 'Show'} ${SEVERITY_PLURAL[severity].toLowerCase()}`}
              onClick={() => toggleSeverity(severity)}
            >
              <SeverityIcon severity={severity} size={13} />
              <span>{list?.counts[severity] ?? 0}</span>
            </button>
          ))}
        </div>
        <label className="problems-filter">
          <Search size={13} aria-hidden="true" />
          <input
            type="search"
            value={text}
            placeholder="Filter by text, rule or component"
            aria-label="Filter problems"
            data-testid="problems-filter-text"
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <button type="button" className="quiet-button quiet-button--small problems-rules" data-testid="open-rules" onClick={() => setRulesOpen(true)} title="Rules: severities and which run">
          <ListChecks size={14} aria-hidden="true" /> Rules
        </button>
      </header>
      <div className="problems-body">
        {!list ? (
          <p className="problems-empty muted" role="status" data-testid="problems-analysing">
            Analysing…
          </p>
        ) : rows.length === 0 ? (
          <p className="problems-empty" data-testid="problems-empty" role="status">
            {total === 0 ? (
              <NoProblems shown={design} />
            ) : (
              <span className="muted">No problems match the filter</span>
            )}
          </p>
        ) : (
          <ul className="problems-list" ref={listRef} aria-label="Findings">
            {list.groups.map((group) => (
              <li key={group.severity} className="problems-group">
                <div className={`problems-group__header sev-${group.severity}`}>
                  <SeverityIcon severity={group.severity} size={12} />
                  {SEVERITY_PLURAL[group.severity]}
                  <span className="problems-group__count">{group.items.length}</span>
                </div>
                {/*
                  * One list for the screen reader (the chunks have no role); for the browser, blocks of rows it
                  * lays out and paints only near the view (problems.css).
                  */}
                <div role="list" className="problems-group__rows">
                  {chunksOf(group.items).map((chunk, c) => (
                    <div key={c} className="problems-chunk" style={{ containIntrinsicSize: `auto ${chunk.length * ROW_HEIGHT}px` }}>
                      {chunk.map((d) => {
                        const index = rowIndex++
                        const target = nameOf ? nameOf(d.target) : { id: '', name: '' }
                        return (
                          <ProblemRow
                            key={keys[index]}
                            problemKey={keys[index]}
                            diagnostic={d}
                            targetId={target.id}
                            targetName={target.name}
                            isActive={index === activeIndex}
                            onReveal={onReveal}
                            onFocusRow={onFocusRow}
                            onFix={onFix}
                            onSuppress={onSuppress}
                            onKeyDown={onKeyDown}
                          />
                        )
                      })}
                    </div>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
        {list && nameOf && list.suppressed.length > 0 && <SuppressedSection items={list.suppressed} nameOf={nameOf} />}
      </div>
    </section>
  )
})
