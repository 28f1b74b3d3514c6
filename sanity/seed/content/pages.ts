import type { BodyItem } from '../portable-text'

export type SeedPage = { id: string; slug: string; title: string; updatedAt: string; body: BodyItem[] }

export const seedPages: SeedPage[] = [
  {
    id: 'privacy',
    slug: 'privacy',
    title: 'Privacy Policy',
    updatedAt: '2026-11-01T09:00:00Z',
    body: [
      'The Meridian Review ("we") publishes analysis on foreign policy, security and the global economy. This policy explains what personal data we process when you read the site, manage your privacy choices or subscribe to our newsletter, why we do so, and the rights you have. It applies from 1 November 2026 and matches version 1 of our consent settings.',
      { h2: 'Who is responsible' },
      'The controller is The Meridian Review. You can reach our privacy contact at [privacy@meridian-review.example](mailto:privacy@meridian-review.example).',
      { h2: 'Reading the site' },
      'When you load a page, our servers process technical data needed to deliver it securely: your IP address, the page requested, the time and your browser\'s user agent. We keep server logs for no longer than 14 days to detect abuse and fix faults, on the basis of our legitimate interest in running a secure service. We do not sell personal data and we do not use advertising trackers.',
      { h2: 'Cookies and your consent' },
      'Strictly necessary storage is always on: it remembers your privacy choices and protects forms against abuse. Everything else waits for your consent, and closing or ignoring the banner counts as refusal. The categories are:',
      {
        bullets: [
          '**Necessary**: the cookie that records your consent choice and its version. Kept for up to 180 days.',
          '**Analytics**: our own, self-hosted audience measurement (a first-party cookie named **mr_analytics_id**), which counts visits without sharing data with any third party. Kept for up to 13 months.',
          '**Embedded media**: videos and posts from YouTube, Vimeo, X, Bluesky and Mastodon. These load only after you allow them, for one item or always; until then you see a placeholder. The providers then process your data under their own policies.',
        ],
      },
      'You can change or withdraw your choices at any time through the "Privacy settings" link in the footer of every page; withdrawing stops the service and deletes its cookies. We ask again when our policy version changes and after at most 180 days. If your browser sends a Global Privacy Control signal, we treat it as a refusal of everything optional. We keep a record of each choice (a random consent id, the time, the policy version, the categories accepted or rejected), without your IP address, to be able to demonstrate consent.',
      { h2: 'Newsletter' },
      'If you subscribe, we store your email address and, to prove your consent, the text and version of the notice you saw, the page and the times of your request and confirmation. Subscription uses double opt-in: nothing is sent until you confirm through the link in our email. Every newsletter contains a one-click unsubscribe link; after you unsubscribe we keep only what we need to honour that choice. We send through our own mail server and do not share your address.',
      { h2: 'Your rights' },
      {
        numbers: [
          'Access the personal data we hold about you and receive a copy.',
          'Have inaccurate data corrected or, where the law allows, erased.',
          'Object to processing based on legitimate interest, and withdraw consent at any time without affecting earlier processing.',
          'Complain to a data protection authority, such as the [UK Information Commissioner\'s Office](https://ico.org.uk/) or the authority where you live.',
        ],
      },
      { h2: 'Changes' },
      'When this policy changes in a way that affects your choices, we raise the policy version and ask for your consent again. The date at the top of this page shows the last update.',
    ],
  },
  {
    id: 'about',
    slug: 'about',
    title: 'About The Meridian Review',
    updatedAt: '2026-10-01T09:00:00Z',
    body: [
      'The Meridian Review is an independent publication on foreign policy, security and the global economy. We publish short, evidence-based analysis by our fellows and invited contributors for readers who make or follow policy.',
      { h2: 'How we work' },
      'Every article is edited and fact-checked before publication. When we get something wrong we say so: corrections appear at the foot of the article with the date they were made. Our authors declare relevant affiliations in their biographies.',
      { h2: 'Independence' },
      'We accept no advertising. Our work is funded by reader donations and foundation grants that carry no editorial conditions; funders never see articles before publication.',
      { h2: 'Contact' },
      'Write to the editor at [editor@meridian-review.example](mailto:editor@meridian-review.example). For privacy questions, see our privacy policy, linked from the footer of every page.',
    ],
  },
]
