import { isInRange, type NumberRange } from '@core/design/checks'
import type { PropSpec } from '@core/catalogue'

/**
 * What the inspector accepts in a number field, and what it says when it refuses ("Instances must be a whole
 * number ≥ 1"). The range check is the format's own (core/design/checks), so a value the inspector lets
 * through is one the file format accepts.
 */

export type FieldParse<T> = { ok: true; value: T } | { ok: false; message: string }

export interface NumberRule extends NumberRange {
  label: string
  /** Empty input is allowed and means "none / back to the default" (null). */
  isOptional?: boolean
}

const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/

export function describeRule(rule: NumberRule): string {
  const noun = rule.integer ? 'a whole number' : 'a number'
  if (rule.min !== undefined && rule.max !== undefined) return `${noun} from ${rule.min} to ${rule.max}`
  if (rule.exclusiveMin !== undefined && rule.max !== undefined) return `${noun} > ${rule.exclusiveMin} and ≤ ${rule.max}`
  if (rule.exclusiveMin !== undefined) return `${noun} > ${rule.exclusiveMin}`
  if (rule.min !== undefined) return `${noun} ≥ ${rule.min}`
  if (rule.max !== undefined) return `${noun} ≤ ${rule.max}`
  return noun
}

export function parseNumberField(raw: string, rule: NumberRule): FieldParse<number | null> {
  let text = raw.trim().replace(/[\s_]/g, '')
  if (text === '') {
    return rule.isOptional ? { ok: true, value: null } : { ok: false, message: `${rule.label} is required` }
  }
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '')
  const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : NaN
  if (!isInRange(value, rule)) return { ok: false, message: `${rule.label} must be ${describeRule(rule)}` }
  return { ok: true, value }
}

export function getPropRule(spec: PropSpec): NumberRule {
  return {
    label: spec.label,
    integer: spec.type === 'integer',
    min: spec.min,
    exclusiveMin: spec.exclusiveMin,
    max: spec.max,
    isOptional: true,
  }
}

export function parseTextField(raw: string, label: string, options: { min?: number; max: number }): FieldParse<string> {
  const length = [...raw].length
  if (options.min !== undefined && raw.trim().length < options.min) return { ok: false, message: `${label} cannot be empty` }
  if (length > options.max) return { ok: false, message: `${label} can be at most ${options.max.toLocaleString('en')} characters` }
  return { ok: true, value: raw }
}

export function parseAutoscaling(minRaw: string, maxRaw: string): FieldParse<{ min: number; max: number }> {
  const min = parseNumberField(minRaw, { label: 'Min instances', integer: true, min: 1 })
  if (!min.ok) return min
  const max = parseNumberField(maxRaw, { label: 'Max instances', integer: true, min: min.value ?? 1 })
  if (!max.ok) return max
  return { ok: true, value: { min: min.value as number, max: max.value as number } }
}
