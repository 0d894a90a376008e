import { defineKinds } from './define'
import type { KindSpec } from './types'
import { instances, capacity, autoscaling, idempotent } from './props'

// Compute: services and functions.
export const COMPUTE_KINDS: readonly KindSpec[] = defineKinds('compute', [
  {
    kind: 'service', label: 'Service', icon: 'server', roles: ['passThrough', 'hop'],
    description: 'An application server or microservice',
    keywords: ['app', 'server', 'microservice', 'api', 'backend', 'worker', 'consumer'],
    technologies: [{ id: 'generic', label: 'Service' }],
    props: [
      instances(1),
      {
        key: 'stateless',
        label: 'Stateless',
        type: 'boolean',
        default: true,
        help: 'Keeps no session in memory; any instance can serve any request.',
      },
      autoscaling,
      idempotent,
      capacity(500, 'A typical web service instance handles a few hundred req/s; measure yours.'),
    ],
  },
  {
    kind: 'function', label: 'Function', icon: 'zap', roles: ['passThrough', 'hop'],
    description: 'A serverless function',
    keywords: ['serverless', 'lambda', 'faas'],
    technologies: [{ id: 'aws-lambda', label: 'Lambda', managed: true, brand: 'awslambda' }],
    props: [
      instances(3),
      {
        key: 'concurrencyLimit',
        label: 'Concurrency limit',
        type: 'integer',
        min: 1,
        default: 1000,
        help: 'Concurrent executions allowed (Lambda: 1,000 per account and region by default).',
      },
      autoscaling,
      idempotent,
      capacity(1000, 'Lambda: about 1,000 concurrent executions by default.'),
    ],
  },
  {
    kind: 'job', label: 'Job', icon: 'calendar-clock', roles: ['job', 'hop'],
    description: 'A self-driven background job: scheduled, batch, crawler or change data capture',
    keywords: ['cron', 'batch', 'crawler', 'scheduled', 'cdc', 'change data capture', 'debezium', 'etl', 'worker'],
    technologies: [
      { id: 'cron', label: 'Scheduled job' },
      { id: 'batch', label: 'Batch job' },
      { id: 'crawler', label: 'Crawler' },
      { id: 'cdc', label: 'Change data capture' },
    ],
    props: [
      {
        key: 'ratePerSecond',
        label: 'Rate',
        type: 'number',
        exclusiveMin: 0,
        unit: '/s',
        default: 1,
        help: 'Items (pages, rows, changes) the job handles per second: each of its edges carries this rate.',
      },
      instances(1),
      idempotent,
    ],
  },
])
