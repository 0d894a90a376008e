import { useResolvedTheme } from '@renderer/styles'
import type { Template } from './templates'
import { TemplateThumbnail } from './TemplateThumbnail'

interface Props {
  template: Template
  isCompact?: boolean
  /** The gallery's first card takes the focus when the dialog opens. */
  hasInitialFocus?: boolean
  onChoose: (template: Template) => void
}

/** One template: its picture, name and one-line description; the whole card is the button. */
export function TemplateCard({ template, isCompact = false, hasInitialFocus = false, onChoose }: Props) {
  const theme = useResolvedTheme()
  const nodes = template.design.nodes.filter((n) => n.kind !== 'zone').length
  return (
    <button
      type="button"
      className={`template-card${isCompact ? ' is-compact' : ''}`}
      data-testid="template"
      data-template-id={template.id}
      data-autofocus={hasInitialFocus || undefined}
      onClick={() => onChoose(template)}
      title={isCompact ? template.description : undefined}
    >
      <TemplateThumbnail design={template.design} theme={theme} />
      <span className="template-card__text">
        <strong className="template-card__name">{template.name}</strong>
        {!isCompact && <span className="template-card__description">{template.description}</span>}
        <span className="template-card__meta">
          {nodes} components · {template.design.edges.length} connections
        </span>
      </span>
    </button>
  )
}
