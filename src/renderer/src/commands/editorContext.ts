import { createContext, useContext } from 'react'
import type { Command } from './types'
import type { DocumentActions } from '@renderer/files'

/** Compare with… (compare/compareState.ts implements it): the one part of compare mode commands run. */
export interface CompareActions {
  /** Pick the other version; a broken file shows its message and leaves compare mode as it was. */
  pick: () => Promise<void>
  /** Compare with bytes already read (tests, and a file given another way). */
  compareWithBytes: (name: string, bytes: Uint8Array) => boolean
  leave: () => void
}

export interface EditorServices {
  commands: readonly Command[]
  docs: DocumentActions
  compare: CompareActions
  runCommand: (id: string) => void
}

export const EditorContext = createContext<EditorServices | null>(null)

export function useEditorServices(): EditorServices {
  const services = useContext(EditorContext)
  if (!services) throw new Error('useEditorServices outside <EditorContext>')
  return services
}
