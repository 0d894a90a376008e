import type { Command } from '../commands/types'
import { openTemplateGallery } from './openTemplate'

export function createTemplateCommand(): Command {
  return { id: 'file.newFromTemplate', label: 'New from template…', isGlobal: true, run: openTemplateGallery }
}
