/*
 * Meridian Analytics: the site's self-hosted demo analytics. Loaded only by the consent manager once the
 * reader accepts its category; it still checks the consent cookie itself before setting its cookie or
 * sending anything, and does nothing after stop() (called on withdrawal).
 * Beacons go to this site's own /api/analytics: no third party is involved.
 */
;(function () {
  'use strict'
  var script = document.currentScript
  var category = (script && script.getAttribute('data-consent-category')) || 'analytics'
  var serviceKey = (script && script.getAttribute('data-consent-service')) || 'meridian-analytics'
  var endpoint = (script && script.getAttribute('data-endpoint')) || '/api/analytics'
  var COOKIE = 'mr_analytics_id'
  var MAX_AGE = 395 * 86400
  var stopped = false

  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split(';') : []
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=')
      if (eq > -1 && parts[i].slice(0, eq).trim() === name) return parts[i].slice(eq + 1).trim()
    }
    return null
  }

  function allowed() {
    if (stopped) return false
    var value = readCookie('mr_consent')
    if (!value) return false
    var p = value.split('.')
    if (p.length !== 7 || p[0] !== '1' || Number(p[4]) * 1000 <= Date.now()) return false
    return p[5].split('_').indexOf(category) > -1 || p[6].split('_').indexOf(serviceKey) > -1
  }

  function newId() {
    var bytes = new Uint8Array(16)
    crypto.getRandomValues(bytes)
    var s = ''
    for (var i = 0; i < bytes.length; i++) s += ('0' + bytes[i].toString(16)).slice(-2)
    return s
  }

  function visitorId() {
    var id = readCookie(COOKIE)
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = newId()
      document.cookie =
        COOKIE + '=' + id + '; Path=/; Max-Age=' + MAX_AGE + '; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '')
    }
    return id
  }

  function track(path) {
    if (!allowed()) return false
    var body = JSON.stringify({ id: visitorId(), path: path || location.pathname })
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(endpoint, body)) return true
    } catch {
      /* fall through to fetch */
    }
    if (typeof fetch === 'function') {
      fetch(endpoint, { method: 'POST', body: body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'text/plain' } }).catch(
        function () {},
      )
    }
    return true
  }

  window.meridianAnalytics = {
    track: track,
    stop: function () {
      stopped = true
    },
  }
  track()
})()
