import { SuppressDialog } from '@renderer/problems'
import { RulePageDialog, RulesDialog } from '@renderer/rules'
import { useAnalysisRunner } from '@renderer/analysis'

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
