import { ChevronDown, Share } from 'lucide-react'
import { useEditorServices } from '@renderer/commands'
import { DropdownMenu } from '@renderer/ui'

const ENTRIES = [
  { id: 'png', command: 'file.exportPng', label: 'Export PNG…', detail: 'Picture with the design inside; reopens in Archsight' },
  { id: 'svg', command: 'file.exportSvg', label: 'Export SVG…', detail: 'Vector picture for docs and slides' },
  { id: 'json', command: 'file.exportJson', label: 'Export JSON…', detail: 'The design file' },
  { id: 'drawio', command: 'file.exportDrawio', label: 'Export draw.io…', detail: 'Editable diagram with AWS shapes; imports back' },
  { id: 'mermaid', command: 'file.copyMermaid', label: 'Copy as Mermaid', detail: 'Flowchart text for a README; GitHub renders it' },
] as const

/** Top-bar Export menu: each entry runs its command (the export dialog preset to a format, or the copy). */
export function ExportMenu() {
  const { runCommand } = useEditorServices()
  const entries = ENTRIES.map(({ id, command, label, detail }) => ({
    id,
    label,
    detail,
    testId: `export-${id}`,
    onSelect: () => runCommand(command),
  }))
  return (
    <DropdownMenu
      trigger={{
        label: 'Export PNG, SVG, JSON, draw.io or Mermaid',
        testId: 'export-menu',
        className: 'has-chevron',
        content: (
          <>
            <Share size={16} aria-hidden="true" />
            <ChevronDown size={12} aria-hidden="true" />
          </>
        ),
      }}
      entries={entries}
    />
  )
}
