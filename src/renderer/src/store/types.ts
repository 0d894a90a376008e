import type { StoreApi } from 'zustand'
import type { DesignSlice } from './designSlice'
import type { DocumentSlice } from './documentSlice'
import type { UiSlice } from './uiSlice'

export type EditorState = DesignSlice & DocumentSlice & UiSlice

export type SetState = StoreApi<EditorState>['setState']
export type GetState = StoreApi<EditorState>['getState']
