import { useMemo, useState, type KeyboardEvent } from 'react'
import { Zap } from 'lucide-react'
import type { FailureRow, FailureTarget } from '@core/analysis'
import { useRevealTarget } from '@renderer/analysis'
import { useDesign } from '@renderer/store'
import { StateIcon } from './StateIcon'
import { useNameOf, type NameOf } from './nameOf'
import { getFailureTable, isFailed, useWhatIf } from './whatIfStore'

/** Rows drawn at first: a 1,000-node design has thousands of rows, and the most harmful come first. */
const FIRST_ROWS = 200
/** Names in one cell, and in the no-effect line, before "+N more" (the CLI's limits). */
const CELL_NAMES = 3
const LINE_NAMES = 12

function listNames(ids: readonly string[], nameOf: NameOf, max = CELL_NAMES): string {
  if (ids.length === 0) return '–'
  const shown = ids.slice(0, max).map(nameOf).join(', ')
  return ids.length > max ? `${shown} +${ids.length - max} more` : shown
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * The single-failure table (`archsight failures`): every node, zone and link failed alone, most harmful first.
 * Click or Enter reveals the element; hover or focus previews its scenario on the canvas; "Fail" adds it to
 * the scenario. Rows with no effect are one line, as in the CLI.
 */
export function FailureTable() {
  const design = useDesign()
  const rows = useMemo(() => getFailureTable(design), [design])
  const nameOf = useNameOf()
  const reveal = useRevealTarget()
  const fails = useWhatIf((s) => s.fails)
  const setPreview = useWhatIf((s) => s.setPreview)
  const toggleFail = useWhatIf((s) => s.toggleFail)
  const [isAll, setAll] = useState(false)
  const harmful = rows.filter((r) => r.severity !== 'none')
  const harmless = rows.filter((r) => r.severity === 'none')
  const breaking = harmful.filter((r) => r.severity === 'error').length
  const shown = isAll ? harmful : harmful.slice(0, FIRST_ROWS)

  const edges = useMemo(() => new Map(design.edges.map((e) => [e.id, e])), [design])
  const nameOfFail = (fail: FailureTarget): string => {
    if (fail.type !== 'edge') return nameOf(fail.id)
    const edge = edges.get(fail.id)
    return edge ? `${nameOf(edge.source)} → ${nameOf(edge.target)}` : fail.id
  }
  const revealRow = (row: FailureRow) => reveal({ type: row.fail.type === 'edge' ? 'edge' : 'node', id: row.fail.id })
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: FailureRow) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      revealRow(row)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling
      ;(sibling as HTMLElement | null)?.focus()
    }
  }

  return (
    <div className="failure-table" data-testid="failure-table" onMouseLeave={() => setPreview(null)}>
      <p className="failure-table__summary" data-testid="failure-summary">
        {plural(rows.length, 'single failure')}: {breaking} break a user-facing flow, {harmful.length - breaking} only stall or degrade,{' '}
        {harmless.length} {harmless.length === 1 ? 'has' : 'have'} no effect. Hover a row to preview it on the canvas.
      </p>
      {harmful.length > 0 && (
        <table className="failure-table__table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Fails</th>
              <th scope="col">Breaks</th>
              <th scope="col">Stalls</th>
              <th scope="col">Degrades</th>
              <th scope="col">SPOF</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody onBlur={() => setPreview(null)}>
            {shown.map((row) => {
              const isChosen = isFailed(fails, row.fail.type, row.fail.id)
              return (
                <tr
                  key={`${row.fail.type}:${row.fail.id}`}
                  tabIndex={0}
                  className={`failure-row sev-${row.severity}`}
                  data-testid="failure-row"
                  data-fail-id={row.fail.id}
                  data-fail-type={row.fail.type}
                  data-breaks-count={row.breaks.length}
                  data-severity={row.severity}
                  onClick={() => revealRow(row)}
                  onKeyDown={(event) => onKeyDown(event, row)}
                  onMouseEnter={() => setPreview(row.fail)}
                  onFocus={() => setPreview(row.fail)}
                >
                  <td>
                    <span className={`failure-row__severity sev-${row.severity}`}>
                      <StateIcon state={row.severity === 'error' ? 'down' : 'degraded'} />
                      {row.severity}
                    </span>
                  </td>
                  <td title={row.fail.id}>
                    <span className="failure-row__type">{row.fail.type}</span> {nameOfFail(row.fail)}
                  </td>
                  <td>{listNames(row.breaks, nameOf)}</td>
                  <td>{listNames(row.stalls, nameOf)}</td>
                  <td>{listNames(row.degrades, nameOf)}</td>
                  <td>{row.spof ? <strong className="failure-row__spof">yes</strong> : ''}</td>
                  <td>
                    <button
                      type="button"
                      className="problem-action"
                      data-testid="failure-row-fail"
                      aria-pressed={isChosen}
                      aria-label={`${isChosen ? 'Restore' : 'Fail'} ${nameOfFail(row.fail)}`}
                      onClick={(event) => {
                        event.stopPropagation()
                        setPreview(null)
                        toggleFail(row.fail)
                      }}
                    >
                      <Zap size={12} aria-hidden="true" /> {isChosen ? 'Restore' : 'Fail'}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {shown.length < harmful.length && (
        <button type="button" className="problem-action failure-table__more" onClick={() => setAll(true)}>
          Show all {harmful.length} rows
        </button>
      )}
      {harmless.length > 0 && (
        <p className="failure-table__none" data-testid="failure-no-effect" data-count={harmless.length}>
          <span className="muted">No effect:</span> {listNames(harmless.map((r) => nameOfFail(r.fail)), (name) => name, LINE_NAMES)}
        </p>
      )}
    </div>
  )
}
