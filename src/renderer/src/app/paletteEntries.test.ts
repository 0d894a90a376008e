import { describe, expect, it } from 'vitest'
import { filterEntries, type PaletteEntry } from './paletteEntries'

const entry = (group: PaletteEntry['group'], label: string, extra: Partial<PaletteEntry> = {}): PaletteEntry => ({
  key: `${group}:${label}`,
  group,
  label,
  isEnabled: true,
  run: () => {},
  ...extra,
})

const ENTRIES = [
  entry('command', 'Save'),
  entry('command', 'Save as…'),
  entry('command', 'Toggle light / dark theme', { keywords: 'dark mode colour' }),
  entry('command', 'Fit to screen', { keywords: 'zoom all' }),
  entry('add', 'Add Redis', { detail: 'Cache' }),
  entry('add', 'Add PostgreSQL', { detail: 'Relational DB' }),
  entry('goto', 'Go to Orders DB', { detail: 'postgres-1' }),
]

const labels = (query: string) => filterEntries(ENTRIES, query).map((e) => e.label)

describe('command palette entries', () => {
  it('lists everything for an empty query: commands, then go to, then add', () => {
    expect(labels('')).toEqual(['Save', 'Save as…', 'Toggle light / dark theme', 'Fit to screen', 'Go to Orders DB', 'Add Redis', 'Add PostgreSQL'])
  })

  it('needs every word, and puts labels that start with the query first', () => {
    expect(labels('save')).toEqual(['Save', 'Save as…'])
    expect(labels('sav as')).toEqual(['Save as…'])
    expect(labels('zoom')).toEqual(['Fit to screen'])
    expect(labels('dark')).toEqual(['Toggle light / dark theme'])
  })

  it('finds a component by kind or name, and a node by label or id', () => {
    expect(labels('cache')).toEqual(['Add Redis'])
    expect(labels('redis')).toEqual(['Add Redis'])
    expect(labels('orders')).toEqual(['Go to Orders DB'])
    expect(labels('postgres')).toEqual(['Add PostgreSQL', 'Go to Orders DB'])
    expect(labels('add post')).toEqual(['Add PostgreSQL'])
    expect(labels('nothing like this')).toEqual([])
  })

  it('stops at the limit', () => {
    const many = Array.from({ length: 500 }, (_, i) => entry('goto', `Go to node ${i}`))
    expect(filterEntries(many, 'node', 200)).toHaveLength(200)
  })
})
