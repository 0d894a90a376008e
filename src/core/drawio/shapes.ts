/**
 * What a draw.io shape means to Archsight, as data: icon libraries (AWS 4 and 3, GCP, Azure) map by icon
 * name; generic shapes map by keywords in their label. Order matters in each table: the first row that
 * matches wins, so product names (postgres, redis) come before generic words (database, cache).
 */
import type { Kind } from '../design/types'

export interface KindGuess {
  kind: Kind
  technology?: string
}

export interface IconMatch {
  library: 'AWS' | 'GCP' | 'Azure' | 'other'
  icon: string
  mapped?: KindGuess
}

type IconRow = readonly [RegExp, Kind, string?]

const AWS_ICONS: readonly IconRow[] = [
  [/^lambda/, 'function', 'aws-lambda'],
  [/^(rds|aurora|db_instance)/, 'relational-db'],
  [/^dynamodb/, 'key-value', 'dynamodb'],
  [/^elasticache.*memcached/, 'cache', 'memcached'],
  [/^(elasticache|memorydb)/, 'cache', 'redis'],
  [/^(sqs|simple_queue_service|queue$)/, 'queue', 'aws-sqs'],
  [/^(sns|simple_notification_service|topic$)/, 'pubsub', 'aws-sns'],
  [/^(msk|managed_streaming_for_kafka)/, 'pubsub', 'kafka'],
  [/^kinesis/, 'pubsub'],
  [/^(s3|simple_storage_service|bucket)/, 'object-storage', 'aws-s3'],
  [/^cloudfront/, 'cdn', 'cloudfront'],
  [/^(route_?53|hosted_zone)/, 'dns', 'route53'],
  [/^(elastic_load_balancing|application_load_balancer|network_load_balancer|classic_load_balancer|elb)/, 'load-balancer', 'aws-elb'],
  [/^api_gateway/, 'api-gateway', 'aws-api-gateway'],
  [/^cloudwatch/, 'logging', 'cloudwatch'],
  [/^opensearch/, 'search', 'opensearch'],
  [/^elasticsearch/, 'search', 'elasticsearch'],
  [/^(ec2|instances?$|.+_instance$|ecs|elastic_container_service|fargate|eks|elastic_kubernetes_service|elastic_beanstalk|app_runner|traditional_server)/, 'service'],
  [/^(mobile_client|mobile)/, 'client', 'mobile'],
  [/^(users?|client|desktop_client|traditional_client)$/, 'client', 'web'],
]

const GCP_ICONS: readonly IconRow[] = [
  [/^(compute_engine|app_engine|cloud_run|kubernetes_engine|gke)/, 'service'],
  [/^cloud_functions?/, 'function'],
  [/^(cloud_sql|cloud_spanner|spanner)/, 'relational-db'],
  [/^(cloud_)?bigtable/, 'wide-column'],
  [/^(cloud_)?(firestore|datastore)/, 'key-value'],
  [/^(cloud_)?memorystore/, 'cache', 'redis'],
  [/^(cloud_)?pub_?sub/, 'pubsub'],
  [/^cloud_storage/, 'object-storage', 'generic'],
  [/^cloud_cdn/, 'cdn', 'generic'],
  [/^cloud_dns/, 'dns', 'generic'],
  [/^cloud_load_balancing/, 'load-balancer'],
  [/^(api_gateway|apigee)/, 'api-gateway', 'generic'],
  [/^(cloud_logging|logging|stackdriver_logging)/, 'logging'],
]

const AZURE_ICONS: readonly IconRow[] = [
  [/(virtual_machine|app_services?$|kubernetes_services?|container_instances|aks)/, 'service'],
  [/function/, 'function'],
  [/postgresql/, 'relational-db', 'postgres'],
  [/mysql/, 'relational-db', 'mysql'],
  [/(sql_database|sql_server|sql_managed)/, 'relational-db'],
  [/cosmos/, 'key-value'],
  [/redis/, 'cache', 'redis'],
  [/(service_bus|storage_queue)/, 'queue'],
  [/(event_hubs?|event_grid)/, 'pubsub'],
  [/(storage_accounts?|blob)/, 'object-storage', 'generic'],
  [/(front_doors?|cdn_profiles?)/, 'cdn', 'generic'],
  [/dns_zones?/, 'dns', 'generic'],
  [/(load_balancers?|application_gateways?)$/, 'load-balancer'],
  [/api_management/, 'api-gateway', 'generic'],
  [/(log_analytics|monitor$)/, 'logging'],
  [/(cognitive_search|search_services?)/, 'search'],
]

const LIBRARY_TABLES = { AWS: AWS_ICONS, GCP: GCP_ICONS, Azure: AZURE_ICONS } as const

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.svg$/, '')
    .replace(/^\d+[-_]icon[-_]service[-_]/, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/_(\d|alt\d*)$/, '')
}

/** The icon a style draws, when it comes from a cloud library: `shape=` and `resIcon=`/`prIcon=` forms. */
export function readIcon(style: Readonly<Record<string, string>>): IconMatch | undefined {
  const shape = style.shape ?? ''
  // GCP's hexagon icons name the product bare: shape=mxgraph.gcp2.hexIcon;prIcon=cloud_run.
  const gcpProduct = /^mxgraph\.gcp2?\./.test(shape) && style.prIcon && !style.prIcon.includes('.') ? style.prIcon : undefined
  const found = gcpProduct
    ? { library: 'GCP' as const, icon: normalise(gcpProduct) }
    : (splitLibraryName(style.resIcon ?? style.prIcon ?? '') ?? splitLibraryName(shape))
  const azureImage = /img\/lib\/(azure2?|mscae)\/(?:.*\/)?([^/]+)$/i.exec(style.image ?? '')
  const named = found ?? (azureImage ? { library: 'Azure' as const, icon: normalise(azureImage[2]) } : undefined)
  if (!named) return undefined
  if (named.library === 'other') return named
  const row = LIBRARY_TABLES[named.library].find(([pattern]) => pattern.test(named.icon))
  return { ...named, mapped: row ? { kind: row[1], ...(row[2] ? { technology: row[2] } : {}) } : undefined }
}

function splitLibraryName(value: string): Pick<IconMatch, 'library' | 'icon'> | undefined {
  const match = /^mxgraph\.([a-z0-9_]+)\.(.+)$/i.exec(value)
  if (!match) return undefined
  const [, family, name] = match
  const library = /^aws[34]?$/.test(family)
    ? 'AWS'
    : /^gcp2?$/.test(family)
      ? 'GCP'
      : /^(azure|mscae|azure2)$/.test(family)
        ? 'Azure'
        : CLOUD_FAMILIES.has(family)
          ? 'other'
          : undefined
  if (!library) return undefined
  return { library, icon: library === 'other' ? `${family}.${name}` : normalise(name) }
}

/** Other vendors' libraries: an icon from them is reported as such, not guessed from its label alone. */
const CLOUD_FAMILIES = new Set(['alibaba_cloud', 'ibm', 'oracle', 'kubernetes', 'cisco', 'openstack'])

/** Icons that draw a group (VPC, subnet, auto scaling group...), never a component. */
export function isGroupShape(style: Readonly<Record<string, string>>): boolean {
  return /^mxgraph\.aws[34]\.group/.test(style.shape ?? '') || style.shape === 'swimlane'
}

type KeywordRow = readonly [readonly string[], Kind, string?]

const KEYWORDS: readonly KeywordRow[] = [
  [['postgres', 'postgresql', 'postgre'], 'relational-db', 'postgres'],
  [['mysql', 'mariadb'], 'relational-db', 'mysql'],
  [['redis', 'elasticache', 'valkey'], 'cache', 'redis'],
  [['memcached', 'memcache'], 'cache', 'memcached'],
  [['dynamodb', 'dynamo'], 'key-value', 'dynamodb'],
  [['mongodb', 'mongo'], 'key-value', 'mongodb'],
  [['cassandra'], 'wide-column', 'cassandra'],
  [['scylla', 'scylladb', 'hbase', 'bigtable'], 'wide-column'],
  [['kafka', 'msk'], 'pubsub', 'kafka'],
  [['sns'], 'pubsub', 'aws-sns'],
  [['sqs'], 'queue', 'aws-sqs'],
  [['rabbitmq', 'rabbit', 'activemq', 'mq', 'queue'], 'queue'],
  [['kinesis', 'pubsub', 'pub sub', 'topic', 'nats', 'event hub'], 'pubsub'],
  [['elasticsearch', 'elastic'], 'search', 'elasticsearch'],
  [['opensearch'], 'search', 'opensearch'],
  [['solr', 'search'], 'search'],
  [['cloudwatch'], 'logging', 'cloudwatch'],
  [['logging', 'logs', 'loki', 'logstash'], 'logging'],
  [['s3'], 'object-storage', 'aws-s3'],
  [['bucket', 'buckets', 'blob', 'object storage', 'minio'], 'object-storage', 'generic'],
  [['cloudfront'], 'cdn', 'cloudfront'],
  [['cdn', 'akamai', 'fastly'], 'cdn', 'generic'],
  [['route53', 'route 53'], 'dns', 'route53'],
  [['dns'], 'dns', 'generic'],
  [['nginx'], 'load-balancer', 'nginx'],
  [['haproxy'], 'load-balancer', 'haproxy'],
  [['alb', 'elb', 'nlb'], 'load-balancer', 'aws-elb'],
  [['load balancer', 'loadbalancer', 'lb'], 'load-balancer'],
  [['api gateway', 'apigateway', 'kong', 'apigee'], 'api-gateway', 'generic'],
  [['lambda'], 'function', 'aws-lambda'],
  [['function', 'functions', 'faas'], 'function'],
  [['rds', 'aurora', 'sql', 'oracle', 'mssql', 'sql server', 'database', 'db'], 'relational-db'],
  [['mobile', 'ios', 'android'], 'client', 'mobile'],
  [['browser', 'client', 'clients', 'user', 'users', 'customer', 'customers', 'web client'], 'client', 'web'],
]

export interface LabelGuess extends KindGuess {
  keyword: string
}

/** The first keyword row whose word or phrase appears in the label, as whole words. */
export function guessFromLabel(label: string): LabelGuess | undefined {
  const words = label.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)
  if (words.length === 0) return undefined
  const spaced = ` ${words.join(' ')} `
  for (const [keywords, kind, technology] of KEYWORDS) {
    const keyword = keywords.find((k) => spaced.includes(` ${k} `))
    if (keyword) return { kind, ...(technology ? { technology } : {}), keyword }
  }
  return undefined
}

export type ShapeFamily = 'cylinder' | 'box' | 'image' | 'other'

const CYLINDERS = new Set(['cylinder', 'cylinder2', 'cylinder3', 'datastore', 'mxgraph.flowchart.database', 'mxgraph.flowchart.stored_data', 'mxgraph.basic.cylinder'])
const BOXES = new Set(['', 'rect', 'rectangle', 'process', 'mxgraph.basic.rect', 'label'])

export function readShapeFamily(style: Readonly<Record<string, string>>, styleName: string): ShapeFamily {
  const shape = style.shape ?? styleName
  if (CYLINDERS.has(shape)) return 'cylinder'
  if (shape === 'image' || styleName === 'image') return 'image'
  if (BOXES.has(shape) && (styleName === '' || BOXES.has(styleName))) return 'box'
  return 'other'
}

export type ZoneType = 'availability-zone' | 'region'

/** A container that stands for an availability zone or a region, by AWS group icon or by its label. */
export function readZoneType(style: Readonly<Record<string, string>>, label: string): ZoneType | undefined {
  const icon = `${style.grIcon ?? ''} ${style.shape ?? ''}`
  if (/availability_zone/.test(icon)) return 'availability-zone'
  if (/group_region/.test(icon)) return 'region'
  if (/\bavailability[\s-]*zones?\b/i.test(label) || /^az\b/i.test(label) || /\b[a-z]{2}-[a-z]+-\d[a-z]\b/.test(label)) {
    return 'availability-zone'
  }
  if (/\bregions?\b/i.test(label) || /\b[a-z]{2}-[a-z]+-\d\b/.test(label)) return 'region'
  return undefined
}
