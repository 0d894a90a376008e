import { createContext, useContext } from 'react'
import type { Command } from './types'
import type { DocumentActions } from '../files/documentActions'

export interface EditorServices {
  commands: readonly Command[]
  docs: DocumentActions
  runCommand: (id: string) => void
}

export const EditorContext = createContext<EditorServices | null>(null)

export function useEditorServices(): EditorServices {
  const services = useContext(EditorContext)
  if (!services) throw new Error('useEditorServices outside <EditorContext>')
  return services
}
