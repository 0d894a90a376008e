import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The editor as a user sees it: palette, canvas, inspector, top bar. Selectors are data-testids only. */
export class EditorPage {
  readonly canvas: Locator
  readonly nodes: Locator
  readonly edges: Locator
  readonly inspector: Locator
  readonly errorBanner: Locator
  readonly search: Locator

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas')
    this.nodes = page.getByTestId('node')
    this.edges = page.locator('.react-flow__edge')
    this.inspector = page.getByTestId('inspector')
    this.errorBanner = page.getByTestId('error-banner')
    this.search = page.getByTestId('palette-search')
  }

  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.canvas).toBeVisible()
  }

  paletteItem(kind: string, technology: string): Locator {
    return this.page.locator(`[data-testid="palette-item"][data-kind="${kind}"][data-technology="${technology}"]`)
  }

  node(id: string): Locator {
    return this.page.locator(`[data-testid="node"][data-node-id="${id}"]`)
  }

  field(key: string): Locator {
    return this.inspector.getByTestId(`field-${key}`)
  }

  /** HTML5 drag from the palette onto the canvas at a point relative to the canvas's top-left corner. */
  async dragToCanvas(kind: string, technology: string, at: { x: number; y: number }): Promise<void> {
    await this.paletteItem(kind, technology).dragTo(this.canvas, { targetPosition: at })
  }

  /** Drags from a node's right-hand connection dot and drops on another node's card, like a user. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    const source = this.node(sourceId)
    await source.hover()
    const handle = source.locator('.react-flow__handle[data-handleid="right"]')
    const from = await handle.boundingBox()
    const to = await this.node(targetId).boundingBox()
    if (!from || !to) throw new Error('node not on screen')
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 })
    await this.page.mouse.up()
  }

  async setField(key: string, value: string): Promise<void> {
    const field = this.field(key)
    await field.fill(value)
    await field.press('Enter')
  }

  async command(id: string): Promise<void> {
    await this.page.getByTestId(`cmd-${id}`).click()
  }

  /** Ctrl+S; a design with no file yet goes through Save As, whose suggested name is accepted. */
  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.keyboard.press('Control+S')
    const saveAs = this.page.getByTestId('save-as-dialog')
    const first = await Promise.race([download.then(() => 'download' as const), saveAs.waitFor().then(() => 'dialog' as const)])
    if (first === 'dialog') await saveAs.getByTestId('save-as-confirm').click()
    return download
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('open-file-input').setInputFiles(path)
  }

  async nodeIdsByKind(): Promise<string[]> {
    return this.nodes.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kind ?? '').sort())
  }
}
