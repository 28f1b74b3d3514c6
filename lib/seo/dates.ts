/** W3C datetime with an explicit zone and no milliseconds, e.g. `2026-11-27T09:30:00Z`. */
export function w3cDateTime(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** RFC 822 date as RSS 2.0 requires, e.g. `Fri, 27 Nov 2026 09:30:00 GMT`. */
export function rfc822Date(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return date.toUTCString()
}
