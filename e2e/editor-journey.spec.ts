import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('build a design from the palette, edit, undo, redo, save and reopen it', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()

  await editor.dragToCanvas('client', 'web', { x: 120, y: 200 })
  await editor.dragToCanvas('load-balancer', 'nginx', { x: 360, y: 200 })
  await editor.dragToCanvas('service', 'generic', { x: 600, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 600, y: 400 })
  await expect(editor.nodes).toHaveCount(4)
  await expect(editor.node('postgres-1')).toContainText('PostgreSQL')

  await editor.connect('web-1', 'nginx-1')
  await editor.connect('nginx-1', 'service-1')
  await editor.connect('service-1', 'postgres-1')
  await expect(editor.edges).toHaveCount(3)

  await editor.node('service-1').click()
  await expect(editor.field('instances')).toHaveValue('1')
  await editor.setField('instances', '3')
  await expect(editor.node('service-1')).toContainText('x3')

  await page.keyboard.press('Control+Z')
  await expect(editor.field('instances')).toHaveValue('1')
  await page.keyboard.press('Control+Shift+Z')
  await expect(editor.field('instances')).toHaveValue('3')
  await expect(page).toHaveTitle(/^● .* — Archsight$/)

  const download = await editor.save()
  const saved = join(tmpdir(), `archsight-e2e-${Date.now()}`, download.suggestedFilename())
  await download.saveAs(saved)
  await expect(page).not.toHaveTitle(/●/)
  const file = JSON.parse(readFileSync(saved, 'utf8'))
  expect(file.nodes.find((n: { id: string }) => n.id === 'service-1').props).toEqual({ instances: 3 })

  await page.reload()
  await expect(editor.nodes).toHaveCount(0)
  await editor.openFile(saved)
  await expect(editor.nodes).toHaveCount(4)
  expect(await editor.nodeIdsByKind()).toEqual(['client', 'load-balancer', 'relational-db', 'service'])
  await expect(editor.edges).toHaveCount(3)
  await editor.node('service-1').click()
  await expect(editor.field('instances')).toHaveValue('3')
})

test('refuses an invalid value at the field and never writes it', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 300, y: 200 })
  await editor.setField('instances', '0')
  await expect(editor.inspector.getByTestId('field-instances-error')).toHaveText('Instances must be a whole number ≥ 1')
  await expect(editor.node('service-1')).not.toContainText('x0')
  await editor.field('instances').press('Escape')
  await expect(editor.field('instances')).toHaveValue('1')
})
