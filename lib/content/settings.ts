import { serverContent } from './fetch'

export const getSiteSettings = serverContent.getSiteSettings
export const getConsentSettings = serverContent.getConsentSettings
