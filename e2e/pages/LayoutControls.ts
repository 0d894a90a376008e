import { expect, type Locator, type Page } from '@playwright/test'

export interface Box {
  id: string
  kind: string
  x: number
  y: number
  width: number
  height: number
}

/** Auto-layout in the top bar, and the node boxes as the user sees them on the canvas. */
export class LayoutControls {
  readonly button: Locator

  constructor(readonly page: Page) {
    this.button = page.getByTestId('auto-layout')
  }

  async run(direction?: 'right' | 'down'): Promise<void> {
    if (direction) {
      await this.page.getByTestId('auto-layout-direction').click()
      await this.page.getByTestId(`layout-direction-${direction}`).click()
    } else {
      await this.button.click()
    }
    await expect(this.button).toBeEnabled()
  }

  /** Each node's position in design coordinates (React Flow's transform), independent of pan and zoom. */
  async flowPositions(): Promise<Record<string, { x: number; y: number }>> {
    return this.page.locator('.react-flow__node').evaluateAll((els) => {
      const out: Record<string, { x: number; y: number }> = {}
      for (const el of els) {
        const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((el as HTMLElement).style.transform)
        const id = el.getAttribute('data-id')
        if (match && id) out[id] = { x: Number(match[1]), y: Number(match[2]) }
      }
      return out
    })
  }

  /** Screen boxes of every component card (zones excluded), read from the DOM. */
  async boxes(): Promise<Box[]> {
    return this.page.locator('[data-testid="node"]').evaluateAll((els) =>
      els
        .map((el) => {
          const html = el as HTMLElement
          const rect = html.getBoundingClientRect()
          return {
            id: html.dataset.nodeId ?? '',
            kind: html.dataset.kind ?? '',
            x: rect.x,
            y: rect.y,
            width: rect.width,
            height: rect.height,
          }
        })
        .filter((box) => box.kind !== 'zone'),
    )
  }
}

export function findOverlaps(boxes: readonly Box[]): string[] {
  const out: string[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]
      const b = boxes[j]
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        out.push(`${a.id} overlaps ${b.id}`)
      }
    }
  }
  return out
}
