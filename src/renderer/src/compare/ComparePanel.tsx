import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useReactFlow, useStore } from '@xyflow/react'
import { AlertCircle, AlertTriangle, CheckCircle2, GitCompareArrows, Info, Minus, PencilLine, Plus, X } from 'lucide-react'
import type { FindingRef, ItemRef } from '@core/diff/diffDesigns'
import type { Rect } from '@core/design'
import { FIT_PADDING, fitViewport } from '@renderer/store'
import { useEditorServices } from '@renderer/commands'
import { describeFieldChange } from './compareModel'
import { useCompareView } from './useCompareView'

/**
 * The comparison as text, beside the canvas marks: components added, changed (field by field) and removed,
 * edges, CAP and single points of failure, and findings introduced and resolved. A row shows its node on the
 * canvas; "Leave compare" (or Escape in the panel) ends compare mode. Labels are rendered as text only.
 */
/** The panel floats over the canvas's left side: fitting leaves its width free when the canvas can spare it. */
const PANEL_ROOM = 372
const MIN_DESIGN_ROOM = 420
const MIN_CARD_ROOM = 160

const shiftRight = (view: { x: number; y: number; zoom: number }, by: number) => ({ ...view, x: view.x + by })

interface CanvasSize {
  width: number
  height: number
  minZoom: number
}

function sameSize(a: CanvasSize, b: CanvasSize): boolean {
  return a.width === b.width && a.height === b.height && a.minZoom === b.minZoom
}

export function ComparePanel() {
  const view = useCompareView()
  const { compare } = useEditorServices()
  const flow = useReactFlow()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const size = useStore((s) => ({ width: s.width, height: s.height, minZoom: s.minZoom }), sameSize)
  // The same fit as the canvas's own (store/fitOptions.ts): a design too large for the smallest zoom is placed
  // whole where it can be, not centred with its top cut off. When the canvas can spare the panel's width, the fit
  // happens in the room right of the panel, so what it places near an edge is never under the panel; a single
  // card (a row's reveal) needs less of that room than the whole design.
  const showBounds = (rect: Rect, maxZoom: number, minRoom: number) => {
    const room = size.width - PANEL_ROOM
    const viewport =
      room >= minRoom
        ? shiftRight(fitViewport(rect, room, size.height, size.minZoom, maxZoom, { ...FIT_PADDING, left: 0 }), PANEL_ROOM)
        : fitViewport(rect, size.width, size.height, size.minZoom, maxZoom, FIT_PADDING)
    void flow.setViewport(viewport, matchMedia('(prefers-reduced-motion: reduce)').matches ? {} : { duration: 200 })
  }
  const fileName = view?.fileName
  const bounds = view?.bounds
  // Keyboard users land in the panel when compare mode starts (and when another version is picked), and the
  // view fits the design and the ghosts together, clear of the panel.
  useEffect(() => {
    if (!fileName) return
    headingRef.current?.focus()
    if (bounds) showBounds(bounds, 1, MIN_DESIGN_ROOM)
    // Only on entering compare mode: later edits must not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fileName])
  if (!view) return null
  const { diff } = view
  const rectOf = new Map<string, Rect>([...view.marks, ...view.ghosts].map((item) => [item.id, item.rect]))
  const reveal = (id: string) => {
    const rect = rectOf.get(id)
    if (rect) showBounds(rect, 1.2, MIN_CARD_ROOM)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    compare.leave()
  }
  const changedById = new Map(diff.components.changed.map((c) => [c.id, c.changes]))
  const componentRows = [
    ...diff.components.added.map((item) => ({ item, change: 'added' as const })),
    ...diff.components.changed.map((item) => ({ item, change: 'changed' as const })),
    ...diff.components.removed.map((item) => ({ item, change: 'removed' as const })),
  ]
  const edgeCount = diff.edges.added.length + diff.edges.changed.length + diff.edges.removed.length
  return (
    <section className="compare-panel" aria-labelledby="compare-heading" data-testid="compare-panel" onKeyDown={onKeyDown}>
      <header className="compare-panel__header">
        <GitCompareArrows size={16} aria-hidden="true" />
        <div className="compare-panel__title">
          <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>
            Compared with {view.fileName}
          </h2>
          <p>Changes from that version to the design on screen</p>
        </div>
        <button type="button" className="quiet-button icon-button" onClick={compare.leave} aria-label="Leave compare" title="Leave compare (Esc)" data-testid="compare-leave">
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      <div className="compare-panel__body">
        {diff.isEmpty && <p className="compare-empty">No difference in meaning: moved nodes are layout, not changes.</p>}
        {componentRows.length > 0 && (
          <Section title="Components" count={componentRows.length} testId="compare-components">
            {componentRows.map(({ item, change }) => (
              <li key={`${change}-${item.id}`}>
                <button type="button" className="compare-row" onClick={() => reveal(item.id)} data-change={change}>
                  <ChangeTag change={change} />
                  <span className="compare-row__name">{item.name}</span>
                  {change === 'changed' && (
                    <span className="compare-row__detail">{(changedById.get(item.id) ?? []).map(describeFieldChange).join('; ')}</span>
                  )}
                </button>
              </li>
            ))}
          </Section>
        )}
        {edgeCount > 0 && (
          <Section title="Edges" count={edgeCount} testId="compare-edges">
            <EdgeRows items={diff.edges.added} change="added" />
            {diff.edges.changed.map((item) => (
              <li key={`changed-${item.id}`} className="compare-line">
                <ChangeTag change="changed" />
                <span className="compare-row__name">{item.name}</span>
                <span className="compare-row__detail">{item.changes.map(describeFieldChange).join('; ')}</span>
              </li>
            ))}
            <EdgeRows items={diff.edges.removed} change="removed" />
          </Section>
        )}
        <Section title="Findings introduced" count={diff.findings.introduced.length} testId="compare-introduced">
          {diff.findings.introduced.map((finding) => (
            <FindingRow key={`${finding.ruleId}-${finding.target}`} finding={finding} />
          ))}
        </Section>
        <Section title="Findings resolved" count={diff.findings.resolved.length} testId="compare-resolved">
          {diff.findings.resolved.map((finding) => (
            <FindingRow key={`${finding.ruleId}-${finding.target}`} finding={finding} isResolved />
          ))}
        </Section>
        {(diff.cap.write || diff.cap.read || diff.spof.gained.length + diff.spof.lost.length > 0) && (
          <Section title="Behaviour" testId="compare-behaviour">
            {diff.cap.write && <li className="compare-line">Writes: {diff.cap.write.from ?? 'none'} → {diff.cap.write.to ?? 'none'}</li>}
            {diff.cap.read && <li className="compare-line">Reads: {diff.cap.read.from ?? 'none'} → {diff.cap.read.to ?? 'none'}</li>}
            {diff.spof.gained.map((s) => (
              <li key={`gained-${s.id}`} className="compare-line">New single point of failure: {s.name}</li>
            ))}
            {diff.spof.lost.map((s) => (
              <li key={`lost-${s.id}`} className="compare-line">No longer a single point of failure: {s.name}</li>
            ))}
          </Section>
        )}
      </div>
      <footer className="compare-panel__footer">
        <button type="button" className="button" onClick={compare.leave}>
          Leave compare
        </button>
      </footer>
    </section>
  )
}

function Section(props: { title: string; count?: number; testId: string; children: ReactNode }) {
  return (
    <section className="compare-section" data-testid={props.testId}>
      <h3 className="section-heading">
        {props.title}
        {props.count !== undefined && <span className="compare-count">{props.count}</span>}
      </h3>
      {props.count === 0 ? <p className="compare-none">None</p> : <ul>{props.children}</ul>}
    </section>
  )
}

const TAGS = {
  added: { Icon: Plus, word: 'Added' },
  changed: { Icon: PencilLine, word: 'Changed' },
  removed: { Icon: Minus, word: 'Removed' },
} as const

function ChangeTag({ change }: { change: keyof typeof TAGS }) {
  const { Icon, word } = TAGS[change]
  return (
    <span className={`compare-tag compare-tag--${change}`}>
      <Icon size={11} strokeWidth={2.5} aria-hidden="true" />
      {word}
    </span>
  )
}

function EdgeRows({ items, change }: { items: ItemRef[]; change: 'added' | 'removed' }) {
  return items.map((item) => (
    <li key={`${change}-${item.id}`} className="compare-line">
      <ChangeTag change={change} />
      <span className="compare-row__name">{item.name}</span>
    </li>
  ))
}

const SEVERITY_ICON = { error: AlertCircle, warning: AlertTriangle, info: Info } as const

function FindingRow({ finding, isResolved = false }: { finding: FindingRef; isResolved?: boolean }) {
  const Icon = isResolved ? CheckCircle2 : SEVERITY_ICON[finding.severity]
  return (
    <li className={`compare-finding compare-finding--${isResolved ? 'resolved' : finding.severity}`} data-rule={finding.ruleId}>
      <Icon size={13} aria-hidden="true" />
      <span className="compare-finding__severity">{finding.severity}</span>
      <span className="compare-finding__text">
        <span className="compare-finding__rule">{finding.ruleId}</span> on {finding.target}: {finding.message}
      </span>
    </li>
  )
}
