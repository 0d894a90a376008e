import { isNodeRedundant } from '../analysis/redundancy'
import { getKindSpec, getTechnology, hasProp, resolveProps, type Category } from '../catalogue'
import type { DesignNode, Kind } from '../design/types'
import { estimateTextWidth, truncateText, wrapText } from './text'

/**
 * What a card says and how it looks apart from the analysis: title, subtitle, copies, icon, category and the
 * stacked look, with the text already cut to the card. Kinds' icons and categories are catalogue data, so a new
 * kind needs no code here.
 */
export interface CardFace {
  kind: Kind
  title: string
  /** The title in at most two lines that fit the card (a zone's title is one line). */
  titleLines: readonly string[]
  /** Under the title: the technology, or the kind when the title already is the technology's name. */
  subtitle: string
  subtitleText: string
  copies: number
  /** "x3" when the card stands for several copies, else ''. */
  countText: string
  /** A lucide icon name (the kind's) and, where simple-icons has one, the technology's brand mark. */
  icon: string
  brand?: string
  category: Category
  /** How far the stacked copies reach past the right and bottom borders; 0 when drawn single. */
  stackDepth: number
}

/**
 * Where the card's text sits (canvas.css .arch-node matches: 3 px border, 9 px padding, 32 px icon, 9 px gap);
 * the right margin keeps 2 px of slack for fonts that run a little wider than the estimate.
 */
export const CARD_TEXT = { left: 53, right: 12, titleSize: 13, subtitleSize: 12, countSize: 11, countGap: 6 } as const
export const STACK_OFFSET = 4

/** The card's title: its label, else the technology's name (a picture says what a thing is, not its id). */
export function getCardTitle(node: Pick<DesignNode, 'kind' | 'technology' | 'label'>): string {
  return node.label?.trim() ? node.label : getTechnology(node).label
}

/**
 * How many copies the card shows: instances (at least the autoscaling minimum) where the kind has instances,
 * else the primary plus its replicas where it has replicas (a relational database), else one.
 */
export function countCopies(node: Pick<DesignNode, 'kind' | 'technology' | 'props'>): number {
  const props = resolveProps(node)
  if (hasProp(node.kind, 'instances')) {
    const instances = typeof props.instances === 'number' ? props.instances : 1
    const auto = props.autoscaling as { min?: number } | null | undefined
    return Math.max(instances, auto && typeof auto.min === 'number' ? auto.min : 1)
  }
  if (hasProp(node.kind, 'replicas')) return 1 + (typeof props.replicas === 'number' ? props.replicas : 0)
  return 1
}

/**
 * Stacked when the node survives losing a machine (catalogue.md "Redundancy", ARCHITECTURE.md "a stacked look
 * for redundant nodes"), not merely when it has copies: two copies that cannot fail over are not redundant.
 */
export function getStackDepth(node: Pick<DesignNode, 'kind' | 'technology' | 'props'>): number {
  return node.kind !== 'client' && node.kind !== 'zone' && isNodeRedundant(node) ? 2 * STACK_OFFSET : 0
}

export function describeCard(node: DesignNode, width: number): CardFace {
  const spec = getKindSpec(node.kind)
  const tech = getTechnology(node)
  const title = getCardTitle(node)
  const copies = node.kind === 'zone' ? 1 : countCopies(node)
  const countText = copies > 1 ? `x${copies}` : ''
  const textWidth = width - CARD_TEXT.left - CARD_TEXT.right
  const subtitle = node.kind === 'zone' ? tech.label : title === tech.label ? spec.label : tech.label
  const countWidth = countText ? getCountWidth(countText) + CARD_TEXT.countGap : 0
  return {
    kind: node.kind,
    title,
    titleLines:
      node.kind === 'zone'
        ? [truncateText(title, width - ZONE_TEXT.left - ZONE_TEXT.right - estimateTextWidth(tech.label, 12) - 6, 12, true)]
        : wrapText(title, textWidth, CARD_TEXT.titleSize, true),
    subtitle,
    subtitleText: node.kind === 'zone' ? subtitle : truncateText(subtitle, textWidth - countWidth, CARD_TEXT.subtitleSize),
    copies,
    countText,
    icon: spec.icon,
    ...(tech.brand ? { brand: tech.brand } : {}),
    category: spec.category,
    stackDepth: getStackDepth(node),
  }
}

/** The "x3" chip's width. */
export function getCountWidth(countText: string): number {
  return estimateTextWidth(countText, CARD_TEXT.countSize, true) + 10
}

/** A zone's header: icon at 12, its title from 32, then the technology's name. */
export const ZONE_TEXT = { left: 32, right: 12 } as const
