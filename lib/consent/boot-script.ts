import { CONSENT_COOKIE_NAME } from './cookie'

/**
 * The inline script that runs in <head> before first paint. Pages are static and the same for every
 * reader, so only the browser knows whether this reader has chosen: it sets `data-consent` on <html>
 * (`decided` hides the server-rendered banner through CSS, `ask` shows it) and `data-consent-reason`
 * (`policy-changed` shows the change summary). It repeats the cookie checks of `needsChoice` in
 * miniature (tests keep the two in step); the consent manager re-checks strictly after hydration.
 */
export function consentBootScriptSource(options: { policyVersion: number; lifetimeDays: number; gpcDecidesEverything: boolean }): string {
  const policyVersion = Math.floor(options.policyVersion)
  const lifetime = Math.floor(options.lifetimeDays) * 86400
  return `(function(d){var h=d.documentElement,s='ask',r='no-choice';try{var m=d.cookie.match(/(?:^|;\\s*)${CONSENT_COOKIE_NAME}=([^;]*)/);if(m){var p=decodeURIComponent(m[1]).split('.');var n=Date.now()/1000;if(p.length!==7||p[0]!=='1'||!/^[0-9a-f-]{36}$/i.test(p[1])||!/^\\d+$/.test(p[2])||!/^\\d{10,11}$/.test(p[3])||!/^\\d{10,11}$/.test(p[4])){r='no-choice'}else if(Math.min(+p[4],+p[3]+${lifetime})<=n){r='expired'}else if(+p[2]!==${policyVersion}){r='policy-changed'}else{s='decided'}}${options.gpcDecidesEverything ? `if(s==='ask'&&navigator.globalPrivacyControl===true){s='decided';r='gpc'}` : ''}}catch(e){}h.setAttribute('data-consent',s);h.setAttribute('data-consent-reason',s==='ask'?r:'none')})(document)`
}
