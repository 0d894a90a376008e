import { Fragment, type ReactNode } from 'react'
import type { Block, Inline } from '@core/docs/markdown'
import { getLinkedRuleId } from '@core/docs/rulePages'

interface Props {
  blocks: readonly Block[]
  onOpenRule: (id: string) => void
}

function renderInlines(inlines: readonly Inline[], onOpenRule: (id: string) => void): ReactNode {
  return inlines.map((part, index) => {
    switch (part.type) {
      case 'text':
        return <Fragment key={index}>{part.text}</Fragment>
      case 'code':
        return <code key={index}>{part.text}</code>
      case 'strong':
        return <strong key={index}>{part.text}</strong>
      case 'link': {
        const ruleId = getLinkedRuleId(part.href)
        if (!ruleId) return <Fragment key={index}>{part.text}</Fragment>
        return (
          <button key={index} type="button" className="rule-page__link" onClick={() => onOpenRule(ruleId)}>
            {part.text}
          </button>
        )
      }
    }
  })
}

/**
 * A rule page as React elements: every string goes through React's text escaping, so a page (or anything
 * pasted into one) can never become markup. The page's own title is the dialog's, so level 1 is left out.
 */
export function RulePageContent({ blocks, onOpenRule }: Props) {
  return (
    <div className="rule-page">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            if (block.level === 1) return null
            return block.level === 2 ? (
              <h3 key={index}>{renderInlines(block.inlines, onOpenRule)}</h3>
            ) : (
              <h4 key={index}>{renderInlines(block.inlines, onOpenRule)}</h4>
            )
          case 'paragraph':
            return <p key={index}>{renderInlines(block.inlines, onOpenRule)}</p>
          case 'list': {
            const items = block.items.map((item, i) => <li key={i}>{renderInlines(item, onOpenRule)}</li>)
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>
          }
          case 'code':
            return (
              <pre key={index} className="code-block rule-page__code" tabIndex={0} aria-label={block.language ? `${block.language} example` : 'Example'}>
                <code>{block.text}</code>
              </pre>
            )
        }
      })}
    </div>
  )
}
