import type { CommandAction } from '@renderer/commands'
import { openTemplateGallery } from './openTemplate'

export function createTemplateAction(): CommandAction {
  return { run: openTemplateGallery }
}
