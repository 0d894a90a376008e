import { useId, useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react'

interface ComboboxListOptions<T> {
  /** The rows for a query, in the order shown; pass a stable function (useCallback) so rows are kept. */
  filter: (query: string) => readonly T[]
  /** Enter on the highlighted row, or a click on a row (undefined when nothing matches). */
  onChoose: (item: T | undefined) => void
  /** Keys the list does not handle itself (the arrows and Enter), e.g. an Escape that closes only the list. */
  onOtherKey?: (event: KeyboardEvent<HTMLInputElement>) => void
}

/**
 * A search field over a listbox (the ARIA combobox pattern with the focus kept in the field): typing filters
 * and highlights the first row, the arrows move the highlight (wrapping, scrolled into view), Enter chooses it,
 * the pointer highlights what it is over. The command palette and "Connect to…" differ only in their rows and
 * markup, so they share this wiring; the caller spreads `inputProps` on its <input> and `optionProps(i)` on
 * each <li>, and renders `shown` as it likes.
 */
export function useComboboxList<T>({ filter, onChoose, onOtherKey }: ComboboxListOptions<T>) {
  const listId = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const shown = useMemo(() => filter(query), [filter, query])
  const current = Math.min(active, shown.length - 1)
  const optionId = (index: number) => `${listId}-${index}`

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (shown.length === 0) return
      const next = (current + (event.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length
      setActive(next)
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onChoose(shown[current])
    } else onOtherKey?.(event)
  }

  return {
    listId,
    query,
    shown,
    current,
    inputProps: {
      type: 'text',
      role: 'combobox',
      'aria-expanded': true,
      'aria-controls': listId,
      'aria-activedescendant': shown.length > 0 ? optionId(current) : undefined,
      autoComplete: 'off',
      spellCheck: false,
      value: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setQuery(event.target.value)
        setActive(0)
      },
      onKeyDown,
    },
    optionProps: (index: number) => ({
      id: optionId(index),
      role: 'option',
      'aria-selected': index === current,
      onMouseMove: () => {
        if (index !== current) setActive(index)
      },
    }),
  }
}
