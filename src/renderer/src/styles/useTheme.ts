import { useEffect, useSyncExternalStore } from 'react'
import { useEditorStore } from '@renderer/store'

const DARK_QUERY = '(prefers-color-scheme: dark)'
export const THEME_STORAGE_KEY = 'archsight.theme'

function subscribe(onChange: () => void): () => void {
  const query = matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

function prefersDark(): boolean {
  return matchMedia(DARK_QUERY).matches
}

/** The theme in effect: the user's choice, or the OS's when they have not chosen. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useEditorStore((s) => s.theme)
  const isOsDark = useSyncExternalStore(subscribe, prefersDark)
  return choice === 'system' ? (isOsDark ? 'dark' : 'light') : choice
}

/** Applies the theme to <html> (the CSS variables hang off data-theme) and remembers an explicit choice. */
export function useApplyTheme(): void {
  const theme = useResolvedTheme()
  const choice = useEditorStore((s) => s.theme)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.style.colorScheme = theme
  }, [theme])
  useEffect(() => {
    try {
      if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
      else localStorage.setItem(THEME_STORAGE_KEY, choice)
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session only.
    }
  }, [choice])
}
