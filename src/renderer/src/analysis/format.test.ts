import { describe, expect, it } from 'vitest'
import { formatFigure, formatPercent, formatRps } from './format'

describe('formatFigure', () => {
  it('rounds to 3 significant figures with thousands separators', () => {
    expect(formatFigure(100000)).toBe('100,000')
    expect(formatFigure(23014.96)).toBe('23,000')
    expect(formatFigure(3287.85)).toBe('3,290')
    expect(formatFigure(4762.2)).toBe('4,760')
    expect(formatFigure(47.16)).toBe('47.2')
    expect(formatFigure(0.0990)).toBe('0.099')
    expect(formatFigure(100000000)).toBe('100,000,000')
  })

  it('keeps zero, negatives and non-finite values readable', () => {
    expect(formatFigure(0)).toBe('0')
    expect(formatFigure(-1234.5)).toBe('-1,230')
    expect(formatFigure(Number.POSITIVE_INFINITY)).toBe('∞')
    expect(formatFigure(Number.NaN)).toBe('–')
  })

  it('formats percentages and request rates', () => {
    expect(formatPercent(0.099)).toBe('9.9 %')
    expect(formatPercent(1.2)).toBe('120 %')
    expect(formatPercent(0.4716)).toBe('47.2 %')
    expect(formatRps(4762.2)).toBe('4,760 req/s')
  })
})
