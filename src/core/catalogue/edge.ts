import { defineKinds, readsOnly } from './define'
import type { KindSpec } from './types'
import { instances, capacity } from './props'

// Clients and edge: where traffic enters and how it is routed.
export const EDGE_KINDS: readonly KindSpec[] = defineKinds('edge', [
  {
    kind: 'client', label: 'Client', icon: 'monitor-smartphone', roles: ['entry', 'passThrough'],
    description: "Users' browsers or mobile apps: where traffic enters",
    keywords: ['user', 'browser', 'app', 'frontend'],
    technologies: [
      { id: 'web', label: 'Web client' },
      { id: 'mobile', label: 'Mobile app' },
    ],
    props: [],
  },
  {
    kind: 'dns', label: 'DNS', icon: 'globe', roles: ['passThrough', 'router'],
    description: 'Name resolution; routes around a dead target',
    keywords: ['domain', 'resolver', 'route53'],
    technologies: [
      { id: 'route53', label: 'Route 53', managed: true, brand: 'amazonroute53' },
      { id: 'generic', label: 'DNS' },
    ],
    props: [instances(2, { route53: 3, generic: 2 })],
    incoming: readsOnly('a client only looks names up in DNS'),
  },
  {
    kind: 'cdn', label: 'CDN', icon: 'cloud', roles: ['passThrough', 'derived'],
    description: 'Edge cache for static and cacheable reads',
    keywords: ['edge', 'content delivery', 'static', 'cloudfront'],
    technologies: [
      { id: 'cloudfront', label: 'CloudFront', managed: true, brand: 'amazoncloudfront' },
      { id: 'generic', label: 'CDN' },
    ],
    props: [
      instances(1, { cloudfront: 3, generic: 1 }),
      {
        key: 'ttlSeconds',
        label: 'TTL',
        type: 'number',
        exclusiveMin: 0,
        unit: 's',
        default: 86400,
        help: 'How long the edge serves a copy before asking the origin again.',
      },
      {
        key: 'hitRatio',
        label: 'Hit ratio',
        type: 'number',
        min: 0,
        max: 1,
        default: 0.9,
        help: 'Share of reads answered at the edge; only misses reach the origin.',
      },
    ],
    incoming: readsOnly('a CDN serves reads'),
    stateful: true,
  },
  {
    kind: 'load-balancer', label: 'Load balancer', icon: 'split', roles: ['passThrough', 'router', 'hop'],
    description: 'Spreads traffic over the instances of its targets',
    keywords: ['lb', 'balancer', 'proxy', 'reverse proxy', 'nginx', 'haproxy', 'elb', 'alb'],
    technologies: [
      { id: 'nginx', label: 'Nginx', brand: 'nginx' },
      { id: 'haproxy', label: 'HAProxy', brand: 'haproxy' },
      { id: 'aws-elb', label: 'AWS ELB', managed: true, brand: 'awselasticloadbalancing' },
    ],
    props: [
      instances(1, { 'aws-elb': 3 }),
      {
        key: 'algorithm',
        label: 'Algorithm',
        type: 'enum',
        options: ['round-robin', 'least-connections', 'ip-hash'],
        default: 'round-robin',
        help: 'How a request picks a target; ip-hash keeps a client on one target.',
      },
      {
        key: 'healthChecks',
        label: 'Health checks',
        type: 'boolean',
        default: true,
        help: 'Probe targets and stop sending traffic to dead ones.',
      },
      {
        key: 'stickySessions',
        label: 'Sticky sessions',
        type: 'boolean',
        default: false,
        help: 'Send a client back to the target that holds its session.',
      },
      capacity(20000, 'Nginx and HAProxy proxy ~20,000 req/s per instance; ELB scales with demand (no set limit).', {
        nginx: 20000,
        haproxy: 20000,
        'aws-elb': null,
      }),
    ],
  },
  {
    kind: 'api-gateway', label: 'API gateway', icon: 'router', roles: ['passThrough', 'hop'],
    description: 'Managed request router and throttler',
    keywords: ['gateway', 'router', 'throttle', 'rate limit', 'apigw'],
    technologies: [
      { id: 'aws-api-gateway', label: 'AWS API Gateway', managed: true, brand: 'amazonapigateway' },
      { id: 'generic', label: 'API gateway' },
    ],
    props: [
      instances(1, { 'aws-api-gateway': 3, generic: 1 }),
      {
        key: 'throttleRps',
        label: 'Throttle',
        type: 'number',
        exclusiveMin: 0,
        unit: 'req/s',
        default: null,
        nullLabel: 'none',
        help: 'Requests per second above which the gateway refuses; caps its capacity.',
      },
      capacity(10000, 'AWS API Gateway accepts 10,000 req/s per account and region by default.'),
    ],
  },
  {
    kind: 'external', label: 'External service', icon: 'plug', roles: ['external', 'hop'],
    description: "A service outside the design's control: payment, push, email, a third-party API, the web",
    keywords: ['third party', 'saas', 'payment', 'stripe', 'push', 'email', 'smtp', 'api', 'web', 'internet', 'vendor'],
    technologies: [
      { id: 'payment', label: 'Payment provider' },
      { id: 'push', label: 'Push notifications' },
      { id: 'email', label: 'Email delivery' },
      { id: 'third-party-api', label: 'Third-party API' },
      { id: 'web', label: 'The public web' },
    ],
    props: [],
  },
])
