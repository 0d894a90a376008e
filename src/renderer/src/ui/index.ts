/**
 * ui/: Generic widgets with no knowledge of any feature: dialogs, dropdowns, choice groups, icons, a portal into the
 * canvas's view layer.
 *
 * Other folders import this folder only through this file (`@renderer/ui`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './ChoiceGroup'
export * from './DialogActions'
export * from './DropdownMenu'
export * from './focusReturn'
export * from './KindIcon'
export * from './ModalDialog'
export * from './SeverityIcon'
export * from './useComboboxList'
export * from './useDismissOnOutside'
export * from './useModalDialog'
export * from './ViewLayerPortal'
export * from './whenPresent'
