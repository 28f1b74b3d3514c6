import { signupFields } from '@/lib/newsletter/form-fields'
import { NewsletterSignupForm } from './NewsletterSignupForm'
import styles from './NewsletterSignup.module.css'

export type NewsletterSignupProps = {
  heading: string
  description: string
  privacyNote: string
  /** The CMS's consent version; stored with the subscription as proof of what the reader agreed to. */
  consentVersion: string
  /** Site-relative path of the page showing the form, e.g. `/articles/some-slug`; defaults to the current path. */
  sourcePath?: string
  /**
   * The page a submission without JavaScript lands on (it renders the result in this form there); defaults to
   * `sourcePath`. The footer, shared by every page, lands on `/newsletter`, which also renders the footer.
   */
  resultPath?: string
  /** Makes element ids unique when the form appears twice on a page (article end and footer). */
  idPrefix: string
  /** In-article placement: a link to jump past the promotion. */
  skipLink?: boolean
  /** A smaller frame for the footer. */
  compact?: boolean
}

/**
 * The newsletter signup: its texts render on the server, the form itself is the island (NewsletterSignupForm),
 * so the page ships only the code that reacts to the reader.
 */
export function NewsletterSignup({
  heading,
  description,
  privacyNote,
  consentVersion,
  sourcePath,
  resultPath,
  idPrefix,
  skipLink = false,
  compact = false,
}: NewsletterSignupProps) {
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <section className={compact ? `${styles.signup} ${styles.compact}` : styles.signup} aria-labelledby={id('heading')}>
      {skipLink ? (
        <a className={styles.skip} href={`#${id('end')}`}>
          Skip newsletter signup
        </a>
      ) : null}
      <h2 id={id('heading')} className={styles.heading}>
        {heading}
      </h2>
      <p className={styles.description}>{description}</p>
      <NewsletterSignupForm
        idPrefix={idPrefix}
        consentVersion={consentVersion}
        consentText={[heading, description, privacyNote].join('\n')}
        sourcePath={sourcePath}
        resultPath={resultPath}
      >
        {/* Bait for bots: not rendered (a CSS class, so simple bots still see it), hidden from assistive tech. */}
        <div className={styles.bait} aria-hidden="true">
          <label htmlFor={id('bait')}>Leave this field empty</label>
          <input id={id('bait')} name={signupFields.bait} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      </NewsletterSignupForm>
      <p id={id('privacy')} className={styles.privacy}>
        {privacyNote}
      </p>
      {skipLink ? <span id={id('end')} tabIndex={-1} /> : null}
    </section>
  )
}
