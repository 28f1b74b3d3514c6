type FormattedTimeProps = {
  /** ISO 8601 timestamp with a time zone designator, as stored in the CMS. */
  dateTime: string
  /** Include the time of day and the time zone, not only the date. */
  withTime?: boolean
  locale?: string
}

// One fixed zone so the server-rendered text is the same for every reader and every server.
const DISPLAY_TIME_ZONE = 'UTC'

// Building an Intl.DateTimeFormat costs far more than formatting with one; a page formats dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${withTime}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: DISPLAY_TIME_ZONE, timeZoneName: 'short' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: DISPLAY_TIME_ZONE }
    try {
      formatter = new Intl.DateTimeFormat(locale, options)
    } catch {
      formatter = new Intl.DateTimeFormat('en-GB', options)
    }
    // Locales come from the CMS (one per site), so the map stays tiny; the bound guards against surprises.
    if (formatters.size < 32) formatters.set(key, formatter)
  }
  return formatter
}

export function formatDisplayTime(dateTime: string, { withTime = true, locale = 'en-GB' } = {}): string | null {
  const date = new Date(dateTime)
  if (Number.isNaN(date.getTime())) return null
  return formatterFor(locale, withTime).format(date)
}

/** A `<time>` whose machine-readable value keeps the stored zone and whose text names the zone shown. */
export function FormattedTime({ dateTime, withTime = true, locale }: FormattedTimeProps) {
  const text = formatDisplayTime(dateTime, { withTime, locale })
  if (text === null) return null
  return <time dateTime={dateTime}>{text}</time>
}
