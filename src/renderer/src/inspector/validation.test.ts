import { describe, expect, it } from 'vitest'
import { getPropSpec } from '@core/catalogue'
import { getPropRule, parseAutoscaling, parseNumberField, parseTextField } from './validation'

const instances = getPropRule(getPropSpec('service', 'instances')!)

describe('inspector field validation', () => {
  it('accepts whole numbers within range and says why it refuses others', () => {
    expect(parseNumberField('3', instances)).toEqual({ ok: true, value: 3 })
    expect(parseNumberField(' 1,000 ', instances)).toEqual({ ok: true, value: 1000 })
    expect(parseNumberField('0', instances)).toEqual({ ok: false, message: 'Instances must be a whole number ≥ 1' })
    expect(parseNumberField('2.5', instances)).toEqual({ ok: false, message: 'Instances must be a whole number ≥ 1' })
    expect(parseNumberField('three', instances)).toEqual({ ok: false, message: 'Instances must be a whole number ≥ 1' })
    expect(parseNumberField('Infinity', instances).ok).toBe(false)
  })

  it('treats an empty optional field as "back to the default"', () => {
    expect(parseNumberField('', instances)).toEqual({ ok: true, value: null })
    expect(parseNumberField('', { label: 'Users', min: 0 })).toEqual({ ok: false, message: 'Users is required' })
  })

  it('uses the catalogue ranges: exclusive minimum and 0..1 ratios', () => {
    const capacity = getPropRule(getPropSpec('service', 'capacityRps')!)
    expect(parseNumberField('0', capacity)).toEqual({ ok: false, message: 'Capacity must be a number > 0' })
    expect(parseNumberField('0.5', capacity)).toEqual({ ok: true, value: 0.5 })
    const hitRatio = getPropRule(getPropSpec('cache', 'hitRatio')!)
    expect(parseNumberField('1.2', hitRatio)).toEqual({ ok: false, message: 'Hit ratio must be a number from 0 to 1' })
  })

  it('checks autoscaling min and max together', () => {
    expect(parseAutoscaling('2', '6')).toEqual({ ok: true, value: { min: 2, max: 6 } })
    expect(parseAutoscaling('4', '2')).toEqual({ ok: false, message: 'Max instances must be a whole number ≥ 4' })
    expect(parseAutoscaling('0', '2').ok).toBe(false)
  })

  it('limits text length and refuses an empty required name', () => {
    expect(parseTextField('  ', 'Name', { min: 1, max: 200 })).toEqual({ ok: false, message: 'Name cannot be empty' })
    expect(parseTextField('x'.repeat(201), 'Name', { min: 1, max: 200 }).ok).toBe(false)
  })
})
