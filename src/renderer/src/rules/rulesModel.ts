import type { Rule } from '@core/analysis'

/** Rules whose id, category, description or rationale contain every word of the query (any case). */
export function filterRules(rules: readonly Rule[], query: string): Rule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...rules]
  return rules.filter((rule) => {
    const { id, category, description, rationale } = rule.meta
    const text = `${id} ${category} ${description} ${rationale}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
}
