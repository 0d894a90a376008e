import {
  siApachecassandra,
  siApachekafka,
  siElasticsearch,
  siHaproxy,
  siMongodb,
  siMysql,
  siNginx,
  siOpensearch,
  siPostgresql,
  siRabbitmq,
  siRedis,
} from 'simple-icons'

/**
 * Brand marks for the catalogue's `brand` slugs that the installed simple-icons has (AWS marks were removed
 * from simple-icons; those technologies fall back to the kind's lucide icon). Named imports keep the bundle
 * to these few paths; brands.test.ts fails when simple-icons gains or loses a slug the catalogue names.
 */

export interface BrandMark {
  title: string
  path: string
  hex: string
}

export const BRAND_MARKS: Readonly<Record<string, BrandMark>> = {
  apachecassandra: siApachecassandra,
  apachekafka: siApachekafka,
  elasticsearch: siElasticsearch,
  haproxy: siHaproxy,
  mongodb: siMongodb,
  mysql: siMysql,
  nginx: siNginx,
  opensearch: siOpensearch,
  postgresql: siPostgresql,
  rabbitmq: siRabbitmq,
  redis: siRedis,
}
