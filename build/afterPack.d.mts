import type { FuseV1Config } from '@electron/fuses'

export interface AfterPackContext {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

export function getFuseConfig(platform: string): FuseV1Config
export function getElectronPath(context: AfterPackContext): string
export function afterPack(
  context: AfterPackContext,
  flip?: (path: string, config: FuseV1Config) => Promise<unknown>,
): Promise<void>
export default afterPack
