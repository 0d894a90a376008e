import { SuppressDialog } from '../problems/SuppressDialog'
import { RulePageDialog } from '../rules/RulePageDialog'
import { RulesDialog } from '../rules/RulesDialog'
import { useAnalysisRunner } from '../analysis/useAnalysisRunner'

/** Mounted once by the frame: keeps the analysis in step with the design and hosts its dialogs. */
export function AnalysisHost() {
  useAnalysisRunner()
  return (
    <>
      <SuppressDialog />
      <RulesDialog />
      {/* After the rules view, so a page opened from it stacks on top. */}
      <RulePageDialog />
    </>
  )
}
