import type { SeedArticle } from './types'

/** Uses every block style, list type, decorator, annotation and custom block the article body allows. */
export const styleGuideArticle: SeedArticle = {
  id: 'style-guide-every-block',
  slug: 'style-guide-every-block',
  title: 'Style Guide: Every Block the Review Can Publish',
  standfirst:
    'A reference article for editors and developers: headings, quotations, lists, emphasis, links, images and embedded media, each used once so that the site\'s rendering of all of them can be checked in one place.',
  authors: ['daniel-achterberg'],
  topics: ['diplomacy-institutions'],
  publishedAt: '2026-07-02T09:00:00Z',
  updatedAt: '2026-11-20T12:00:00Z',
  mainImage: {
    file: 'main-22.png',
    caption: 'Our house style, in one picture.',
    credit: 'Illustration: The Meridian Review',
  },
  body: [
    'This paragraph is normal text with **strong emphasis**, _ordinary emphasis_, a bit of `inline code`, an [external link to the United Nations](https://www.un.org/) and an [internal link to our piece on mediation](article:mediation-as-profession). Readers can also [write to the editor](mailto:editor@meridian-review.example) or [call the desk](tel:+442079460000).',
    { h2: 'A second-level heading' },
    { h3: 'A third-level heading' },
    { quote: 'A blockquote sets off a quotation from the surrounding argument.' },
    {
      bullets: [
        'A bulleted list item with **strong** text.',
        'A second bulleted item linking to [the WTO](https://www.wto.org/).',
      ],
    },
    {
      numbers: [
        'A numbered list item with _emphasis_.',
        'A second numbered item linking to [our analysis of sanctions](article:sanctions-fatigue-statecraft).',
      ],
    },
    {
      image: {
        file: 'body-04.png',
        caption: 'A body image with alternative text, a caption and a credit.',
        credit: 'Illustration: The Meridian Review',
      },
    },
    {
      embed: {
        service: 'youtube',
        url: 'https://www.youtube.com/watch?v=Ht2nW9sYc4E',
        title: 'A YouTube video embed',
        caption: 'Loads only after the reader allows YouTube.',
      },
    },
    { embed: { service: 'vimeo', url: 'https://vimeo.com/824613759', title: 'A Vimeo video embed' } },
    { embed: { service: 'x', url: 'https://x.com/MeridianReview/status/1859876543210987654', title: 'A post on X' } },
    {
      embed: {
        service: 'bluesky',
        url: 'https://bsky.app/profile/meridianreview.bsky.social/post/3lbq7xk2m4s2a',
        title: 'A post on Bluesky',
      },
    },
    {
      embed: {
        service: 'mastodon',
        url: 'https://mastodon.social/@meridianreview/113528765432109876',
        title: 'A post on Mastodon',
      },
    },
    'A closing paragraph in normal style.',
  ],
  related: ['mediation-as-profession', 'sanctions-fatigue-statecraft', 'ceasefire-monitoring-arithmetic', 'critical-minerals-clubs'],
  seo: {
    title: 'Style guide: every block type',
    description: 'Reference article using every block type and mark the Review supports.',
    noindex: true,
  },
}

/** Exists only as a draft: it must never appear on the site, in feeds or in sitemaps. */
export const draftOnlyArticle: SeedArticle = {
  id: 'arctic-shipping-polar-code',
  title: 'DRAFT: Arctic Shipping and the Limits of the Polar Code',
  standfirst: 'Unpublished draft. Melting sea ice is opening routes faster than the rules for using them are being enforced.',
  authors: ['tomasz-wierzbicki'],
  topics: ['security-defence', 'climate-energy'],
  publishedAt: '2026-12-01T08:00:00Z',
  body: [
    'Draft text: the summer season now sees more transits of the Northern Sea Route than a decade ago, with ice-class requirements unevenly enforced.',
    { h2: 'Notes for the editor' },
    'Check the figures against the [IMO Polar Code](https://www.imo.org/en/OurWork/Safety/Pages/polar-code.aspx) before this goes anywhere.',
    { quote: 'Placeholder quotation, to be confirmed with the source.' },
  ],
}
