import type { ReactNode } from 'react'
import type { ConsentSettings } from '@/lib/content/types'
import { fillServiceName } from '@/lib/consent/choices'
import styles from './ConsentChoices.module.css'

type ConsentChoicesProps = {
  settings: Pick<ConsentSettings, 'categories' | 'embedPlaceholder'>
  /** Categories ticked at first: the current choice, or only required ones (nothing optional is pre-ticked). */
  checkedCategories: ReadonlySet<string>
  checkedServices: ReadonlySet<string>
  /** Categories refused by Global Privacy Control: shown, but off and not selectable. */
  gpcRefused?: ReadonlySet<string>
  /** Prefix for element ids, unique per instance on the page. */
  idPrefix: string
  /** Rendered after the choices: the banner's save button, which loads with them. */
  children?: ReactNode
}

/**
 * Per-category (and per-service) choices with purpose, provider, retention and cookies: plain form
 * fields (`categories`, `services`) so the same markup works in the banner and in the no-JS settings page.
 */
export function ConsentChoices({ settings, checkedCategories, checkedServices, gpcRefused, idPrefix, children }: ConsentChoicesProps) {
  return (
    <>
      <div className={styles.choices}>
        {settings.categories.map((category) => {
          const refused = gpcRefused?.has(category.key) ?? false
          const inputId = `${idPrefix}-category-${category.key}`
          const descriptionId = `${inputId}-description`
          return (
            <fieldset key={category.key} className={styles.category} data-consent-category={category.key}>
              <legend className={styles.legend}>{category.title}</legend>
              <div className={styles.toggle}>
                <input
                  type="checkbox"
                  id={inputId}
                  name="categories"
                  value={category.key}
                  defaultChecked={category.required || (!refused && checkedCategories.has(category.key))}
                  disabled={category.required || refused}
                  aria-describedby={descriptionId}
                />
                <label htmlFor={inputId}>
                  {category.required ? `${category.title}: always on` : `Allow ${category.title.toLowerCase()}`}
                </label>
              </div>
              <p id={descriptionId} className={styles.description}>
                {category.description}
                {refused ? ' Off because your browser sends a Global Privacy Control signal.' : null}
              </p>
              {category.services.length > 0 ? (
                <ul className={styles.services}>
                  {category.services.map((service) => {
                    const serviceInputId = `${idPrefix}-service-${service.key}`
                    return (
                      <li key={service.key} className={styles.service} data-consent-service={service.key}>
                        <p className={styles.serviceName}>{service.name}</p>
                        <dl className={styles.details}>
                          <dt>Provider</dt>
                          <dd>{service.provider}</dd>
                          <dt>Purpose</dt>
                          <dd>{service.purpose}</dd>
                          <dt>Retention</dt>
                          <dd>{service.retention}</dd>
                          <dt>Cookies</dt>
                          <dd>{service.cookies.length > 0 ? service.cookies.join(', ') : 'None'}</dd>
                          {service.hosts.length > 0 ? (
                            <>
                              <dt>Third-party hosts</dt>
                              <dd>{service.hosts.join(', ')}</dd>
                            </>
                          ) : null}
                        </dl>
                        {!category.required && !refused && category.services.length > 1 ? (
                          <div className={styles.toggle}>
                            <input
                              type="checkbox"
                              id={serviceInputId}
                              name="services"
                              value={service.key}
                              defaultChecked={checkedServices.has(service.key)}
                            />
                            <label htmlFor={serviceInputId}>{fillServiceName(settings.embedPlaceholder.alwaysAllowLabel, service.name)}</label>
                          </div>
                        ) : null}
                      </li>
                    )
                  })}
                </ul>
              ) : null}
            </fieldset>
          )
        })}
      </div>
      {children}
    </>
  )
}
