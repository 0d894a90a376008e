import { useState, type ReactNode } from 'react'
import { AlertTriangle, Check, CircleHelp, MinusCircle } from 'lucide-react'
import type { ImportedComponent, ImportReport } from '@core/drawio/report'
import { useEditorServices } from '@renderer/commands'
import { DialogActions, ModalDialog } from '@renderer/ui'
import { usePendingImport } from '@renderer/files'
import './importReport.css'

/**
 * What the import made of the drawing, before it replaces anything: components mapped from their shape,
 * guessed from a label (check these), and shapes and edges left out, each with the reason core gave.
 * Labels come from the file: rendered as text only.
 */
export function ImportReportDialog() {
  const pending = usePendingImport()
  return pending ? <ImportReportBody fileName={pending.fileName} report={pending.report} /> : null
}

function ImportReportBody({ fileName, report }: { fileName: string; report: ImportReport }) {
  const { docs } = useEditorServices()
  const [isBusy, setBusy] = useState(false)
  const onOpen = async () => {
    setBusy(true)
    try {
      await docs.drawio.confirm()
    } finally {
      setBusy(false)
    }
  }
  const { page, edges } = report
  const skippedCount = report.skipped.length + edges.dropped.length
  const subtitle =
    `${fileName} · page ${page.number} of ${page.of} ("${page.name}") · ` +
    `${report.mapped.length} mapped, ${report.guessed.length} guessed, ${report.zones.length} zones, ` +
    `${edges.imported} edges, ${skippedCount} left out`
  const footer = (
    <DialogActions
      onCancel={docs.drawio.cancel}
      cancelTestId="import-cancel"
      actionLabel="Open design"
      onAction={() => void onOpen()}
      isActionDisabled={isBusy}
      actionTestId="import-open"
    />
  )
  return (
    <ModalDialog
      title="Import draw.io"
      subtitle={subtitle}
      testId="import-report-dialog"
      className="import-report"
      onClose={docs.drawio.cancel}
      footer={footer}
    >
      <ComponentSection
        title="Guessed from a label: check these"
        tone="guessed"
        items={report.guessed}
        testId="import-guessed"
      />
      <ComponentSection title="Mapped from the shape" tone="mapped" items={report.mapped} testId="import-mapped" />
      <ComponentSection title="Zones" tone="mapped" items={report.zones} testId="import-zones" />
      <ReasonSection
        title="Left out"
        testId="import-skipped"
        items={[
          ...report.skipped.map((s) => ({ key: `s-${s.cell}`, name: nameOf(s.label, s.cell), reason: s.reason })),
          ...edges.dropped.map((d) => ({ key: `e-${d.cell}`, name: `edge ${d.cell}`, reason: d.reason })),
        ]}
      />
      <ReasonSection
        title="Groups that are not components"
        testId="import-groups"
        items={report.groups.map((g) => ({ key: g.cell, name: nameOf(g.label, g.cell), reason: g.reason }))}
      />
      {report.notes.length > 0 && (
        <section className="import-section">
          <h3>Notes</h3>
          <ul className="import-notes">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="import-footnote">
        The design opens untitled: Save asks where to keep it and never writes over the drawing.
      </p>
    </ModalDialog>
  )
}

function nameOf(label: string, cell: string): string {
  return label !== '' ? label : `cell ${cell}`
}

const TONE_ICON = { mapped: Check, guessed: CircleHelp, skipped: MinusCircle } as const

/** One list of the report under its heading and count; nothing when the list is empty. */
function ReportSection(props: { title: string; tone: keyof typeof TONE_ICON; count: number; testId: string; children: ReactNode }) {
  if (props.count === 0) return null
  const Icon = TONE_ICON[props.tone]
  return (
    <section className={`import-section import-section--${props.tone}`} data-testid={props.testId}>
      <h3>
        <Icon size={14} aria-hidden="true" /> {props.title} <span className="import-count">{props.count}</span>
      </h3>
      <ul className="import-list">{props.children}</ul>
    </section>
  )
}

function ComponentSection(props: { title: string; tone: 'mapped' | 'guessed'; items: ImportedComponent[]; testId: string }) {
  return (
    <ReportSection title={props.title} tone={props.tone} count={props.items.length} testId={props.testId}>
      {props.items.map((item) => (
        <li key={item.id}>
          <span className="import-name">{nameOf(item.label, item.cell)}</span>
          <span className="import-kind">
            {item.kind}
            {item.technology ? ` · ${item.technology}` : ''}
          </span>
          <span className="import-because">
            {item.because}
            {item.labelFrom ? `; label from ${item.labelFrom}` : ''}
          </span>
          {item.caution && (
            <span className="import-caution">
              <AlertTriangle size={12} aria-hidden="true" /> {item.caution}
            </span>
          )}
        </li>
      ))}
    </ReportSection>
  )
}

function ReasonSection(props: { title: string; testId: string; items: { key: string; name: string; reason: string }[] }) {
  return (
    <ReportSection title={props.title} tone="skipped" count={props.items.length} testId={props.testId}>
      {props.items.map((item) => (
        <li key={item.key}>
          <span className="import-name">{item.name}</span>
          <span className="import-because">{item.reason}</span>
        </li>
      ))}
    </ReportSection>
  )
}
