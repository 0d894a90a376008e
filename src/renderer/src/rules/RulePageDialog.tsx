import { useEffect, useMemo, useRef, useState } from 'react'
import { parseMarkdown } from '@core/docs/markdown'
import { useAnnotationUi } from '@renderer/analysis'
import { ModalDialog } from '@renderer/ui'
import { getRulePage } from './rulePages'
import { RulePageContent } from './RulePageContent'
import './rulePage.css'

/** The page of the rule a finding or the rules view asked for (docs/rules/<id>.md), on top of whatever is open. */
export function RulePageDialog() {
  const id = useAnnotationUi((s) => s.rulePageId)
  const openRulePage = useAnnotationUi((s) => s.openRulePage)
  if (id === null) return null
  return <RulePage id={id} onOpenRule={openRulePage} onClose={() => openRulePage(null)} />
}

function RulePage({ id, onOpenRule, onClose }: { id: string; onOpenRule: (id: string) => void; onClose: () => void }) {
  const page = getRulePage(id)
  const blocks = useMemo(() => (page === undefined ? null : parseMarkdown(page)), [page])
  const bodyRef = useRef<HTMLDivElement>(null)
  const isFirst = useRef(true)
  // Read during the first render, before the dialog's showModal moves focus: the link or row that opened it.
  const [opener] = useState(() => document.activeElement)

  // The dialog element is gone by the time the browser would restore focus, so give it back by hand: a
  // keyboard user lands on the link they came from, not at the top of the page.
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    },
    [opener],
  )

  // Following a link to another rule replaces the page: start it from the top, with focus on it, instead of
  // leaving focus on a link that no longer exists.
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false
      return
    }
    const body = bodyRef.current
    if (!body) return
    body.closest('.dialog-panel__body')?.scrollTo({ top: 0 })
    body.focus()
  }, [id])

  return (
    <ModalDialog
      title={id}
      onClose={onClose}
      className="rule-page-dialog"
      testId="rule-page-dialog"
    >
      <div ref={bodyRef} tabIndex={-1} className="rule-page__focus" aria-label={`Rule ${id}`} data-testid="rule-page">
        {blocks ? (
          <RulePageContent blocks={blocks} onOpenRule={onOpenRule} />
        ) : (
          <p className="muted">No page is bundled for “{id}”.</p>
        )}
      </div>
    </ModalDialog>
  )
}
