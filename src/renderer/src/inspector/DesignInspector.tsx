import { useEditorStore } from '@renderer/store'
import { TextInputField } from './fields/TextInputField'
import { parseTextField } from './validation'
import { WorkloadSection } from './WorkloadSection'
import { FindingList } from './analysis/FindingList'
import { WorkloadDerivation } from './analysis/WorkloadDerivation'

/** Nothing selected: the design itself. */
export function DesignInspector() {
  const name = useEditorStore((s) => s.design.name)
  const description = useEditorStore((s) => s.design.description ?? '')
  const counts = useEditorStore((s) => `${s.design.nodes.length} components · ${s.design.edges.length} connections`)
  const updateDesign = useEditorStore((s) => s.updateDesign)
  return (
    <div className="inspector-section">
      <header className="inspector-header">
        <div>
          <div className="inspector-header__title">Design</div>
          <div className="inspector-header__id">{counts}</div>
        </div>
      </header>
      <TextInputField
        id="field-design-name"
        label="Name"
        value={name}
        parse={(raw) => parseTextField(raw, 'Name', { min: 1, max: 200 })}
        onCommit={(next) => updateDesign({ name: next })}
      />
      <TextInputField
        id="field-design-description"
        label="Description"
        value={description}
        isMultiline
        placeholder="What this system does, and for whom"
        parse={(raw) => parseTextField(raw, 'Description', { max: 10000 })}
        onCommit={(next) => updateDesign({ description: next === '' ? undefined : next })}
      />
      <section data-testid="workload-section" aria-label="Workload">
        <h3 className="section-heading inspector-subtitle">Workload</h3>
        <WorkloadSection />
      </section>
      <WorkloadDerivation />
      <FindingList target={{ type: 'design' }} />
    </div>
  )
}
