/**
 * templates/: The template gallery and opening a template.
 *
 * Other folders import this folder only through this file (`@renderer/templates`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './TemplateCards'
export * from './TemplateGallery'
export * from './openTemplate'
export * from './templateCommand'
