import { SuppressDialog } from '../problems/SuppressDialog'
import { RulesDialog } from '../rules/RulesDialog'
import { useAnalysisRunner } from './useAnalysisRunner'

/** Mounted once by the frame: keeps the analysis in step with the design and hosts its dialogs. */
export function AnalysisHost() {
  useAnalysisRunner()
  return (
    <>
      <SuppressDialog />
      <RulesDialog />
    </>
  )
}
