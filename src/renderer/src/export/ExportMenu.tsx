import { ChevronDown, Share } from 'lucide-react'
import { useEditorServices } from '../commands/editorContext'
import { DropdownMenu } from '../ui/DropdownMenu'

/** Top-bar Export menu: each entry runs its command, which opens the export dialog preset to that format. */
export function ExportMenu() {
  const { runCommand } = useEditorServices()
  const entries = [
    { id: 'png', label: 'Export PNG…', detail: 'Picture with the design inside; reopens in Archsight' },
    { id: 'svg', label: 'Export SVG…', detail: 'Vector picture for docs and slides' },
    { id: 'json', label: 'Export JSON…', detail: 'The design file' },
  ].map((entry) => ({
    ...entry,
    testId: `export-${entry.id}`,
    onSelect: () => runCommand(`file.export${entry.id === 'png' ? 'Png' : entry.id === 'svg' ? 'Svg' : 'Json'}`),
  }))
  return (
    <DropdownMenu
      trigger={{
        label: 'Export PNG, SVG or JSON',
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
