/** Fixed document ids of the singletons (kept free of `sanity` imports so plain Node code and tests can use them). */
export const SITE_SETTINGS_ID = 'siteSettings'
export const CONSENT_SETTINGS_ID = 'consentSettings'
