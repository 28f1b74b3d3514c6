/** @jest-environment jsdom */
import fs from 'node:fs'
import path from 'node:path'
import { clearCookies, cookieNames, setConsentCookie } from './dom-helpers'

const source = fs.readFileSync(path.join(__dirname, '../../public/analytics/meridian.js'), 'utf8')
type Analytics = { track(path?: string): boolean; stop(): void }
const analytics = () => (window as unknown as { meridianAnalytics: Analytics }).meridianAnalytics
let beacon: jest.Mock

beforeEach(() => {
  clearCookies()
  beacon = jest.fn().mockReturnValue(true)
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
})

describe('public/analytics/meridian.js (self-hosted demo analytics)', () => {
  it('sets its cookie and beacons the page view to the first-party endpoint when analytics is accepted', () => {
    setConsentCookie({ categories: ['necessary', 'analytics'] })
    new Function(source)()
    expect(cookieNames()).toContain('mr_analytics_id')
    expect(beacon).toHaveBeenCalledTimes(1)
    const [url, body] = beacon.mock.calls[0]!
    expect(url).toBe('/api/analytics')
    expect(JSON.parse(body)).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), path: '/' })
  })

  it('does nothing without consent, even if something loads it', () => {
    setConsentCookie({ categories: ['necessary', 'embeds'] })
    new Function(source)()
    expect(cookieNames()).not.toContain('mr_analytics_id')
    expect(beacon).not.toHaveBeenCalled()
  })

  it('sends nothing more after stop()', () => {
    setConsentCookie({ categories: ['necessary', 'analytics'] })
    new Function(source)()
    analytics().stop()
    expect(analytics().track('/articles/x')).toBe(false)
    expect(beacon).toHaveBeenCalledTimes(1)
  })
})
