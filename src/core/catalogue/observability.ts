import type { KindSpec } from './types'
import { instances } from './props'

// Observability (logging) and zones, the containers that group nodes by failure domain.
export const OBSERVABILITY_KINDS: readonly KindSpec[] = [
  {
    kind: 'logging',
    label: 'Logging',
    description: 'Managed log sink',
    category: 'observability',
    incoming: { mode: 'async', access: 'write', reason: 'services ship logs without waiting for them' },
    icon: 'scroll-text',
    stateful: true,
    roles: { entry: false, passThrough: false, router: false, broker: false, durableStore: false, cache: false, derived: false, job: false, external: false, hop: true },
    keywords: ['logs', 'cloudwatch', 'observability', 'telemetry', 'monitoring'],
    technologies: [{ id: 'cloudwatch', label: 'CloudWatch', managed: true, brand: 'amazoncloudwatch' }],
    props: [
      instances(3),
      {
        key: 'retentionDays',
        label: 'Retention',
        type: 'number',
        exclusiveMin: 0,
        unit: 'days',
        default: 30,
        help: 'How long logs are kept.',
      },
    ],
  },
  {
    kind: 'zone',
    label: 'Zone',
    description: 'An availability zone or region that contains other nodes',
    category: 'zone',
    icon: 'box-select',
    stateful: false,
    roles: { entry: false, passThrough: false, router: false, broker: false, durableStore: false, cache: false, derived: false, job: false, external: false, hop: false },
    keywords: ['availability zone', 'az', 'region', 'group', 'container'],
    technologies: [
      { id: 'availability-zone', label: 'Availability zone' },
      { id: 'region', label: 'Region' },
    ],
    props: [],
  },
]
