// The part of autocannon 8's API the page bench uses (the package ships no types).
declare module 'autocannon' {
  type Percentiles = { average: number; mean: number; stddev: number; min: number; max: number; total?: number } & {
    [percentile: `p${string}`]: number
  }

  export type AutocannonOptions = {
    url: string
    connections?: number
    /** Seconds. */
    duration?: number
    headers?: Record<string, string>
    pipelining?: number
    timeout?: number
  }

  export type AutocannonResult = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    latency: Percentiles
    requests: Percentiles & { sent: number }
    throughput: Percentiles
  }

  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>
}
