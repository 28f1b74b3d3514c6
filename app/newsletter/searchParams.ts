export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The first value of a query parameter, bounded: tokens are short and anything longer is not ours. */
export function firstParam(value: string | string[] | undefined, max = 128): string {
  const first = Array.isArray(value) ? value[0] : value
  return first && first.length <= max ? first : ''
}
