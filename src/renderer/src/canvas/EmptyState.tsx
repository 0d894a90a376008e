import { MousePointer2, Search, Cable } from 'lucide-react'
import { TemplateCards } from '@renderer/templates'

/**
 * What an empty canvas says. `TemplatesSlot` is where the template cards go (owned by the templates work);
 * the hint cards teach the three moves that make a design.
 */
export function EmptyState() {
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="empty-state__inner">
        <h2>Drag a component here to start</h2>
        <p>Sketch the system; Archsight tells you as you draw where it breaks and how it behaves under a partition.</p>
        <div className="empty-state__cards">
          <div className="hint-card">
            <MousePointer2 size={16} aria-hidden="true" />
            <strong>Drag from the palette</strong>
            <span>or focus an item and press Enter</span>
          </div>
          <div className="hint-card">
            <Cable size={16} aria-hidden="true" />
            <strong>Connect</strong>
            <span>drag from a card’s edge dot onto another card</span>
          </div>
          <div className="hint-card">
            <Search size={16} aria-hidden="true" />
            <strong>Search</strong>
            <span>type “redis”, “queue” or “kafka”</span>
          </div>
        </div>
        <div className="empty-state__templates" data-testid="templates-slot">
          <TemplateCards />
        </div>
      </div>
    </div>
  )
}
