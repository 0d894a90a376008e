import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { consistencyMismatch } from './consistency-mismatch'

const strong = { consistency: 'strong' as const }

testRule(consistencyMismatch, {
  valid: [
    {
      name: 'strong edges into CP and CA stores, and into a stateless node',
      design: design()
        .node('api', 'service')
        .node('pg', 'relational-db')
        .node('ddb', 'key-value', { consistency: 'strong' })
        .node('cas', 'wide-column', { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' })
        .node('other', 'service')
        .edge('api', 'pg', strong)
        .edge('api', 'ddb', strong)
        .edge('api', 'cas', strong)
        .edge('api', 'other', strong)
        .build(),
    },
    {
      name: 'eventual needs are fine on AP stores',
      design: design()
        .node('api', 'service')
        .node('ddb', 'key-value')
        .edge('api', 'ddb', { consistency: 'eventual' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'every AP store with a strong setting gets it as the fix',
      design: design()
        .node('booking', 'service', undefined, { label: 'Booking service' })
        .node('seats', 'wide-column', undefined, { label: 'Seat inventory' })
        .node('ddb', 'key-value')
        .node('mongo', 'key-value', { readPreference: 'secondary' }, { technology: 'mongodb' })
        .node('pg', 'relational-db', { replicas: 2, replication: 'async', readFrom: 'replicas' })
        .edge('booking', 'seats', { ...strong, id: 'hold-seat' })
        .edge('booking', 'ddb', strong)
        .edge('booking', 'mongo', strong)
        .edge('booking', 'pg', strong)
        .build(),
      targets: ['edge:booking-ddb', 'edge:booking-mongo', 'edge:booking-pg', 'edge:hold-seat'],
      messages: ['', '', '', 'Booking service needs strong consistency from Seat inventory, but it is AP'],
    },
    {
      name: 'a store with no strong setting is reported without a fix',
      design: design().node('api', 'service').node('idx', 'search').edge('api', 'idx', strong).build(),
      targets: ['edge:api-idx'],
    },
  ],
})
