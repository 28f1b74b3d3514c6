import type { ConsentSettings } from '@/lib/content/types'
import { safeExternalHref, safeInternalHref } from '@/components/hrefs'
import type { ConsentCookie } from '@/lib/consent/cookie'
import { ConsentChoices } from './ConsentChoices'
import styles from './PrivacySettingsForm.module.css'

type PrivacySettingsFormProps = {
  settings: ConsentSettings
  /** The reader's current choice (from the request's cookie), or null. */
  current: ConsentCookie | null
  /** Where to go back to after saving: a validated same-site path. */
  returnPath: string
  /** Categories refused by GPC for this request. */
  gpcRefused: ReadonlySet<string>
}

/** The no-JS privacy settings: every category and service with checkboxes, posted to /api/consent. */
export function PrivacySettingsForm({ settings, current, returnPath, gpcRefused }: PrivacySettingsFormProps) {
  const policyHref = safeInternalHref(settings.privacyPolicyUrl) ?? safeExternalHref(settings.privacyPolicyUrl)
  const decidedOn = current ? new Date(current.decidedAt * 1000).toISOString().slice(0, 10) : null
  return (
    <div className={styles.page}>
      <p>{settings.banner.text}</p>
      <p className={styles.meta}>
        Policy version {settings.policyVersion} of {settings.policyDate}. {settings.changeSummary}{' '}
        {policyHref ? <a href={policyHref}>{settings.banner.learnMoreLabel}</a> : null}
      </p>
      <p className={styles.meta} data-consent-status="">
        {current && decidedOn
          ? `Your current choice was saved on ${decidedOn}${current.policyVersion !== settings.policyVersion ? ' under an earlier version of this policy' : ''}.`
          : 'You have not made a choice yet: nothing optional is on.'}
      </p>
      <form method="post" action="/api/consent" className={styles.form}>
        <input type="hidden" name="policyVersion" value={settings.policyVersion} />
        <input type="hidden" name="return" value={returnPath} />
        <ConsentChoices
          settings={settings}
          checkedCategories={new Set(current && current.policyVersion === settings.policyVersion ? current.categories : [])}
          checkedServices={new Set(current && current.policyVersion === settings.policyVersion ? current.services : [])}
          gpcRefused={gpcRefused}
          idPrefix="privacy-settings"
        />
        <div className={styles.actions}>
          <button type="submit" name="action" value="custom" className={styles.button}>
            {settings.banner.saveLabel}
          </button>
          <button type="submit" name="action" value="accept_all" className={styles.button}>
            {settings.banner.acceptAllLabel}
          </button>
          <button type="submit" name="action" value="reject_all" className={styles.button}>
            {settings.banner.rejectAllLabel}
          </button>
        </div>
      </form>
    </div>
  )
}
