import { create } from 'zustand'
import { analyze, type Analysis } from '@core/analysis'
import type { Design } from '@core/design'
import { readDesignFromBytes } from '@renderer/files'
import type { EditorStore } from '@renderer/store'
import type { Platform } from '@renderer/platform'
import type { CompareActions } from '@renderer/commands'

/**
 * File > Compare with…: the other version the design on screen is compared with. Read-only: compare mode
 * never touches the editor's design, its undo history or its file; leaving it drops only this state.
 */

export interface CompareBase {
  fileName: string
  design: Design
  analysis: Analysis
}

export const useCompareBase = create<CompareBase | null>()(() => null)

export type { CompareActions }

export function createCompareActions(store: EditorStore, platform: Platform): CompareActions {
  // Another document on screen (opened, imported, new, restored: the design and its saved copy replaced
  // together) ends the comparison, which was about the previous one. A save replaces only the saved copy.
  store.subscribe((state, previous) => {
    const isOtherDocument = state.design !== previous.design && state.savedDesign !== previous.savedDesign && state.design === state.savedDesign
    if (isOtherDocument && useCompareBase.getState()) useCompareBase.setState(null, true)
  })
  const compareWithBytes = (name: string, bytes: Uint8Array) => {
    const result = readDesignFromBytes(bytes)
    if (!result.ok) {
      store.getState().setLoadError(`Could not compare with ${name}: ${result.message}`)
      return false
    }
    store.getState().setLoadError(null)
    useCompareBase.setState({ fileName: name, design: result.design, analysis: analyze(result.design) }, true)
    return true
  }
  return {
    compareWithBytes,
    pick: async () => {
      try {
        const file = await platform.pickFile('compare')
        if (file) compareWithBytes(file.name, file.bytes)
      } catch (error) {
        store.getState().setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    leave: () => useCompareBase.setState(null, true),
  }
}
