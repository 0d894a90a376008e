import { TemplateCard } from './TemplateCard'
import { getTemplates } from './templates'
import { useOpenTemplate } from './useOpenTemplate'
import './templates.css'

/** The templates on the empty canvas: compact cards, one click to a worked example. */
export function TemplateCards() {
  const choose = useOpenTemplate()
  return (
    <section className="empty-templates" aria-labelledby="empty-templates-title">
      <h3 id="empty-templates-title" className="section-heading">Or start from a template</h3>
      <div className="empty-templates__grid">
        {getTemplates().map((template) => (
          <TemplateCard key={template.id} template={template} isCompact onChoose={(t) => void choose(t)} />
        ))}
      </div>
    </section>
  )
}
