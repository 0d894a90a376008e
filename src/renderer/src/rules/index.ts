/**
 * rules/: The rules view and the rule pages (docs/rules, bundled), opened from any finding.
 *
 * Other folders import this folder only through this file (`@renderer/rules`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './RuleLink'
export * from './RulePageDialog'
export * from './RulesDialog'
