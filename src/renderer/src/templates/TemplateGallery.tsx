import { ModalDialog } from '@renderer/ui'
import { useTemplateGallery } from './openTemplate'
import { TemplateCard } from './TemplateCard'
import { getTemplates } from './templates'
import { useOpenTemplate } from './useOpenTemplate'
import './templates.css'

/** File > New from template: every shipped template as a card; choosing one opens it as a new design. */
export function TemplateGallery() {
  const isOpen = useTemplateGallery((s) => s.isOpen)
  const setOpen = useTemplateGallery((s) => s.setOpen)
  const choose = useOpenTemplate()
  if (!isOpen) return null
  return (
    <ModalDialog
      title="New from template"
      subtitle="Start from a worked example; it opens as a new, untitled design."
      testId="template-gallery"
      className="template-gallery"
      onClose={() => setOpen(false)}
    >
      <div className="template-grid" role="list">
        {getTemplates().map((template, index) => (
          <div role="listitem" key={template.id}>
            <TemplateCard template={template} hasInitialFocus={index === 0} onChoose={(t) => void choose(t)} />
          </div>
        ))}
      </div>
    </ModalDialog>
  )
}
