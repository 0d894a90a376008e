import type { CommandAction } from '../commands/types'
import { openTemplateGallery } from './openTemplate'

export function createTemplateAction(): CommandAction {
  return { run: openTemplateGallery }
}
