import { defineKinds, writesAsync } from './define'
import type { KindSpec } from './types'
import { instances } from './props'

// Observability (logging) and zones, the containers that group nodes by failure domain.
export const OBSERVABILITY_KINDS: readonly KindSpec[] = [
  ...defineKinds('observability', [
    {
      kind: 'logging',
      label: 'Logging',
      description: 'Managed log sink',
      icon: 'scroll-text',
      roles: ['hop'],
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
      incoming: writesAsync('services ship logs without waiting for them'),
    },
  ]),
  ...defineKinds('zone', [
    {
      kind: 'zone',
      label: 'Zone',
      description: 'An availability zone or region that contains other nodes',
      icon: 'box-select',
      roles: [],
      keywords: ['availability zone', 'az', 'region', 'group', 'container'],
      technologies: [
        { id: 'availability-zone', label: 'Availability zone' },
        { id: 'region', label: 'Region' },
      ],
      props: [],
    },
  ]),
]
