/**
 * Every IPC entry point goes through handle/listen/listenSync here, and each checks its sender first:
 * only the top frame of our own page (security.isTrustedSender) reaches a handler. The handler table is
 * typed against the contract in shared/ipc.ts, so a missing or mistyped handler is a compile error.
 */
import { ipcMain } from 'electron'
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNELS, SEND_CHANNELS, SYNC_CHANNELS } from '../shared/ipc'
import type { InvokeApi, InvokeChannel, SendApi, SendChannel, SyncApi, SyncChannel } from '../shared/ipc'
import { isTrustedSender } from './security'

/** Arguments arrive from the page unchecked: handlers take `unknown` and validate them. */
type Unchecked<Args extends unknown[]> = { [I in keyof Args]: unknown }

export type InvokeHandlers = {
  [C in InvokeChannel]: (
    event: IpcMainInvokeEvent,
    ...args: Unchecked<Parameters<InvokeApi[C]>>
  ) => ReturnType<InvokeApi[C]> | Awaited<ReturnType<InvokeApi[C]>>
}
export type SendHandlers = {
  [C in SendChannel]: (event: IpcMainEvent, ...args: Unchecked<Parameters<SendApi[C]>>) => void
}
export type SyncHandlers = {
  [C in SyncChannel]: (event: IpcMainEvent, ...args: Unchecked<Parameters<SyncApi[C]>>) => ReturnType<SyncApi[C]>
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused IPC on ${channel}: the sender is not the Archsight window`)
  }
}

export function handle(channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) throw new UntrustedSenderError(channel)
    return fn(event, ...args)
  })
}

export function listen(channel: string, fn: (event: IpcMainEvent, ...args: unknown[]) => void): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) return
    try {
      fn(event, ...args)
    } catch (error) {
      // A send has nobody to reject to; log instead of crashing main.
      console.error(`IPC ${channel} failed:`, error)
    }
  })
}

export function listenSync(channel: string, fn: (event: IpcMainEvent, ...args: unknown[]) => unknown): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    // A sync sender blocks until returnValue is set, so always set one.
    if (!isTrustedSender(event.senderFrame)) {
      event.returnValue = null
      return
    }
    try {
      event.returnValue = fn(event, ...args)
    } catch (error) {
      console.error(`IPC ${channel} failed:`, error)
      event.returnValue = null
    }
  })
}

export function registerIpcHandlers(invoke: InvokeHandlers, send: SendHandlers, sync: SyncHandlers): void {
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) {
    handle(INVOKE_CHANNELS[name], invoke[name] as (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown)
  }
  for (const name of Object.keys(SEND_CHANNELS) as SendChannel[]) {
    listen(SEND_CHANNELS[name], send[name] as (event: IpcMainEvent, ...args: unknown[]) => void)
  }
  for (const name of Object.keys(SYNC_CHANNELS) as SyncChannel[]) {
    listenSync(SYNC_CHANNELS[name], sync[name] as (event: IpcMainEvent, ...args: unknown[]) => unknown)
  }
}

/** Argument checks for handlers: the page is treated as untrusted input. */
export function requireString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string') throw new TypeError(`${what} must be text`)
  if (value.length > maxLength) throw new RangeError(`${what} is too long`)
  return value
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${what} must be true or false`)
  return value
}

export function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${what} must be an object`)
  }
  return value as Record<string, unknown>
}
