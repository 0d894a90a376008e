import type { ChangeEvent } from 'react'
import { readFileBytes } from './browser'
import type { OpenedFile } from './types'

interface Props {
  onOpen: (file: OpenedFile) => void
}

/**
 * The browser's file picker, always in the DOM. File > Open clicks it and claims the change itself
 * (platform/browser.ts); a file set on it any other way (tests, assistive tools) arrives through onOpen.
 */
export function OpenFileInput({ onOpen }: Props) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    void readFileBytes(file).then((opened) => {
      input.value = ''
      onOpen(opened)
    })
  }
  return (
    <>
      <input
        type="file"
        hidden
        data-testid="open-file-input"
        accept=".archsight,.json,.png,.drawio,.xml"
        aria-label="Open a design file"
        onChange={onChange}
      />
      {/* File > Import draw.io… and Compare with… pick through this one (platform/browser.ts pickFile). */}
      <input type="file" hidden data-testid="pick-file-input" aria-label="Choose a file to import or compare" />
    </>
  )
}
