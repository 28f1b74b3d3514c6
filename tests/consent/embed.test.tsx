/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { EmbedPlaceholder } from '@/components/article/EmbedPlaceholder'
import Link from 'next/link'
import { ConsentBanner } from '@/components/consent/ConsentBanner'
import { safeNavHref } from '@/components/hrefs'
import { ArticleEmbed } from '@/components/article/ArticleEmbed'
import { ConsentManager } from '@/components/consent/ConsentManager'
import { parseConsentCookie, readCookie } from '@/lib/consent/cookie'
import { clearCookies, mockFetch, postedBodies, setConsentCookie } from './dom-helpers'
import { seedConsentSettings } from './fixtures'

const settings = seedConsentSettings()
const video = { service: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Briefing on sanctions', caption: 'Recorded in Brussels' }
const secondVideo = { service: 'youtube', url: 'https://youtu.be/aaaaaaaaaaa', title: 'Second briefing' }
const vimeo = { service: 'vimeo', url: 'https://vimeo.com/76979871', title: 'Panel debate' }
const post = { service: 'x', url: 'https://x.com/someone/status/1234567890', title: 'A post on tariffs' }

function Article() {
  return (
    <ConsentManager settings={settings} scripts={[]}>
      <ConsentBanner policyHref={safeNavHref(settings.privacyPolicyUrl)} />
      <ArticleEmbed {...video} />
      <ArticleEmbed {...secondVideo} />
      <ArticleEmbed {...vimeo} />
      <ArticleEmbed {...post} />
      <Link href="/privacy-settings" prefetch={false} data-privacy-settings="">
        Privacy settings
      </Link>
    </ConsentManager>
  )
}

const figure = (title: string) => screen.getByText(title, { selector: 'p' }).closest('figure') as HTMLElement
const iframes = () => [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))
let fetchMock: jest.Mock

beforeEach(() => {
  clearCookies()
  fetchMock = mockFetch()
  document.head.innerHTML = ''
})

describe('ArticleEmbed (ConsentEmbed) without JS', () => {
  it('server-renders exactly the EmbedPlaceholder plain link', () => {
    const withConsent = renderToString(
      <ConsentManager settings={settings} scripts={[]}>
        <ArticleEmbed {...video} />
      </ConsentManager>,
    )
    expect(withConsent).toBe(renderToString(<EmbedPlaceholder {...video} />))
    expect(withConsent).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"')
    expect(withConsent).not.toContain('iframe')
  })

  it('renders the plain placeholder outside a ConsentManager', () => {
    render(<ArticleEmbed {...video} />)
    expect(screen.getByRole('link', { name: /View on YouTube/ })).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('ArticleEmbed (ConsentEmbed) before consent', () => {
  it('shows the CMS placeholder text with "Load once" and "Always allow", and loads nothing', () => {
    render(<Article />)
    const box = figure('Briefing on sanctions')
    expect(box).toHaveTextContent('This content is hosted by YouTube. Loading it sends your data to YouTube.')
    expect(within(box).getByRole('button', { name: /^Load once\s*: Briefing on sanctions/ })).toBeInTheDocument()
    expect(within(box).getByRole('button', { name: 'Always allow YouTube' })).toBeInTheDocument()
    expect(within(box).getByRole('link', { name: /View on YouTube/ })).toHaveAttribute('href', video.url)
    expect(iframes()).toEqual([])
    expect(document.querySelectorAll('script')).toHaveLength(0)
  })

  it('"Load once" loads this embed only, without storing or recording anything', () => {
    render(<Article />)
    fireEvent.click(screen.getByRole('button', { name: /^Load once\s*: Briefing on sanctions/ }))
    expect(iframes()).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'])
    expect(screen.getByTitle('YouTube: Briefing on sanctions')).toBeInTheDocument()
    expect(screen.getByText('Recorded in Brussels')).toBeInTheDocument()
    expect(document.cookie).toBe('')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('"Always allow" loads every embed of the service, stores and records the allowance', () => {
    render(<Article />)
    fireEvent.click(within(figure('Briefing on sanctions')).getByRole('button', { name: 'Always allow YouTube' }))
    expect(iframes()).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa'])
    expect(parseConsentCookie(readCookie(document.cookie, 'mr_consent'))).toMatchObject({ categories: ['necessary'], services: ['youtube'] })
    expect(postedBodies(fetchMock)).toEqual([expect.objectContaining({ action: 'custom', categories: ['necessary'], services: ['youtube'], source: 'embed' })])
    // Other services stay blocked.
    expect(within(figure('Panel debate')).getByRole('button', { name: 'Always allow Vimeo' })).toBeInTheDocument()
  })

  it('posts render a blockquote link and their widget script only once allowed', () => {
    render(<Article />)
    fireEvent.click(screen.getByRole('button', { name: 'Always allow X' }))
    const quote = document.querySelector('blockquote.twitter-tweet')!
    expect(within(quote as HTMLElement).getByRole('link')).toHaveAttribute('href', 'https://twitter.com/someone/status/1234567890')
    expect(document.head.querySelector('script[data-consent-script="x"]')).toHaveAttribute('src', 'https://platform.twitter.com/widgets.js')
  })
})

describe('ArticleEmbed (ConsentEmbed) after consent and on withdrawal', () => {
  it('renders players at once when the embeds category is accepted', () => {
    setConsentCookie({ categories: ['necessary', 'embeds'] })
    render(<Article />)
    expect(iframes()).toEqual([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa',
      'https://player.vimeo.com/video/76979871?dnt=1',
    ])
  })

  it('unloads embeds (also ones loaded once) and removes widget scripts when consent is withdrawn', () => {
    setConsentCookie({ categories: ['necessary', 'embeds'] })
    render(<Article />)
    expect(document.head.querySelector('script[data-consent-script="x"]')).not.toBeNull()
    act(() => {
      screen.getByRole('link', { name: 'Privacy settings' }).click()
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(iframes()).toEqual([])
    expect(document.head.querySelector('script[data-consent-script="x"]')).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Load once/ })).toHaveLength(4)

    fireEvent.click(screen.getByRole('button', { name: /^Load once\s*: Panel debate/ }))
    expect(iframes()).toEqual(['https://player.vimeo.com/video/76979871?dnt=1'])
    act(() => {
      screen.getByRole('link', { name: 'Privacy settings' }).click()
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(iframes()).toEqual([])
  })
})
