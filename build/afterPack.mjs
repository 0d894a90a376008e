// electron-builder's afterPack hook (electron-builder.json): flips Electron's fuses in the packaged binary
// before it is signed, so the shipped app cannot be turned into a Node runtime or a debug target, loads its
// code only from the integrity-checked app.asar, and encrypts its cookies. Unit-tested in src/main/packaging.test.ts.
import { join } from 'node:path'
import fuses from '@electron/fuses'

const { flipFuses, FuseV1Options, FuseVersion } = fuses

/** The fuse settings of every Archsight build, whatever the platform. */
export function getFuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates an ad-hoc signature on Apple silicon; re-sign ad hoc (real signing comes after).
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
  }
}

/** Where electron-builder put the Electron binary (the .app bundle on macOS, which @electron/fuses resolves). */
export function getElectronPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`)
  return join(appOutDir, packager.executableName ?? name)
}

export async function afterPack(context, flip = flipFuses) {
  await flip(getElectronPath(context), getFuseConfig(context.electronPlatformName))
}

export default afterPack
