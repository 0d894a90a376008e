/** Words the picture and the app's chrome share, so the summary bar and the exported legend say the same. */
export const PROFILE_LABELS: Readonly<Record<string, string>> = {
  'read-heavy': 'Read-heavy',
  'write-heavy': 'Write-heavy',
  balanced: 'Balanced',
}
