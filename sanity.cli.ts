import { defineCliConfig } from 'sanity/cli'
import { studioSourceFromEnv } from './sanity/studio/studioSource'

const source = studioSourceFromEnv()

export default defineCliConfig({
  api: { projectId: source.projectId, dataset: source.dataset },
  // Auto-updates would load the Studio from Sanity's CDN; this Studio must build and run offline.
  deployment: { autoUpdates: false },
})
