import { CircleAlert, CircleCheck, Hourglass, PowerOff, ZapOff, type LucideIcon } from 'lucide-react'
import { STATE_ICONS, type NodeState } from '@core/picture'

/** core/picture names the state icons by lucide name (core stays free of React); this is where they map. */
const ICONS: Readonly<Record<string, LucideIcon>> = {
  'circle-check': CircleCheck,
  'power-off': PowerOff,
  'circle-alert': CircleAlert,
  hourglass: Hourglass,
  'zap-off': ZapOff,
}

export function getStateIcon(name: string): LucideIcon {
  return ICONS[name] ?? CircleAlert
}

/** A state's icon, decorative: the word always stands beside it or in the element's name. */
export function StateIcon({ state, size = 12 }: { state: NodeState | 'failed'; size?: number }) {
  const Icon = getStateIcon(STATE_ICONS[state])
  return <Icon size={size} strokeWidth={2.5} aria-hidden="true" />
}
