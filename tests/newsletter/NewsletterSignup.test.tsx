/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { NewsletterSignup } from '@/components/newsletter/NewsletterSignup'
import { getNewsletterFormToken, subscribeToNewsletter } from '@/app/actions/newsletter'
import { signupFields, type SignupState } from '@/lib/newsletter/form-fields'

jest.mock('@/app/actions/newsletter', () => ({
  subscribeToNewsletter: jest.fn(),
  getNewsletterFormToken: jest.fn(),
}))

const subscribe = subscribeToNewsletter as jest.MockedFunction<typeof subscribeToNewsletter>
const getToken = getNewsletterFormToken as jest.MockedFunction<typeof getNewsletterFormToken>

const props = {
  heading: 'Updates Right in Your Inbox',
  description: 'Keep up-to-date on all upcoming events.',
  privacyNote: 'We use your address only to send this newsletter. Unsubscribe at any time.',
  consentVersion: '2026-01',
  sourcePath: '/articles/a-story',
  idPrefix: 'article-newsletter',
}

beforeEach(() => {
  subscribe.mockReset()
  getToken.mockReset()
  getToken.mockResolvedValue('signed-token')
})

function hidden(container: HTMLElement, name: string) {
  return container.querySelector<HTMLInputElement>(`input[name="${name}"]`)
}

describe('NewsletterSignup', () => {
  it('is a labelled form with an email field described by the privacy note and a status region', () => {
    const { container } = render(<NewsletterSignup {...props} />)
    expect(screen.getByRole('heading', { level: 2, name: props.heading })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: props.heading })).toBeInTheDocument()
    const input = screen.getByLabelText('Email address')
    expect(input).toHaveAttribute('type', 'email')
    expect(input).toHaveAttribute('autocomplete', 'email')
    expect(input).toHaveAttribute('name', signupFields.address)
    expect(input).not.toHaveAttribute('name', 'email')
    expect(input).toBeRequired()
    expect(input).toHaveAccessibleDescription(props.privacyNote)
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeEnabled()
    expect(container.querySelector('form')).not.toBeNull()
    expect(hidden(container, signupFields.consentVersion)).toHaveValue('2026-01')
    expect(hidden(container, signupFields.source)).toHaveValue('/articles/a-story')
    expect(hidden(container, signupFields.consentText)?.value).toContain(props.privacyNote)
  })

  it('hides the bait field from people and assistive technology', () => {
    const { container } = render(<NewsletterSignup {...props} />)
    const bait = hidden(container, signupFields.bait)
    expect(bait).not.toBeNull()
    expect(bait).toHaveAttribute('tabindex', '-1')
    expect(bait?.closest('[aria-hidden="true"]')).not.toBeNull()
    // The only textbox people and screen readers find is the real one.
    expect(screen.getAllByRole('textbox')).toEqual([screen.getByLabelText('Email address')])
  })

  it('fetches a signed form token once, on first focus', async () => {
    const { container } = render(<NewsletterSignup {...props} />)
    expect(hidden(container, signupFields.formToken)).toHaveValue('')
    fireEvent.focus(screen.getByLabelText('Email address'))
    fireEvent.focus(screen.getByLabelText('Email address'))
    await waitFor(() => expect(hidden(container, signupFields.formToken)).toHaveValue('signed-token'))
    expect(getToken).toHaveBeenCalledTimes(1)
  })

  it('ties an error to the field and announces it in the status region', async () => {
    subscribe.mockResolvedValue({ status: 'invalid', message: 'Enter an email address like name@example.com.', address: 'nope' })
    render(<NewsletterSignup {...props} />)
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'nope' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    const status = await screen.findByText('Enter an email address like name@example.com.')
    expect(status).toHaveAttribute('role', 'status')
    const input = screen.getByLabelText('Email address')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual(['article-newsletter-privacy', status.id])
    expect(input).toHaveValue('nope')
    const sent = subscribe.mock.calls[0]?.[1] as FormData
    expect(sent.get(signupFields.address)).toBe('nope')
    expect(sent.get(signupFields.consentVersion)).toBe('2026-01')
  })

  it('shows a pending state, then the result inline', async () => {
    let finish: (state: SignupState) => void = () => {}
    subscribe.mockImplementation(() => new Promise<SignupState>((resolve) => (finish = resolve)))
    render(<NewsletterSignup {...props} />)
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'reader@example.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    const pending = await screen.findByRole('button', { name: 'Signing up…' })
    expect(pending).toBeDisabled()
    await act(async () => finish({ status: 'success', message: 'Thanks! Check your inbox.' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Thanks! Check your inbox.')
    expect(screen.getByLabelText('Email address')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeEnabled()
  })

  it('keeps ids unique when placed twice, and offers a skip link in articles', () => {
    render(
      <>
        <NewsletterSignup {...props} skipLink />
        <NewsletterSignup {...props} idPrefix="footer-newsletter" />
      </>,
    )
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    const skip = screen.getByRole('link', { name: 'Skip newsletter signup' })
    expect(document.getElementById(skip.getAttribute('href')?.slice(1) ?? '')).not.toBeNull()
    expect(screen.getAllByLabelText('Email address')).toHaveLength(2)
  })
})
