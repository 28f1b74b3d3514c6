import type { SeedArticle } from './types'

export const securityArticles: SeedArticle[] = [
  {
    id: 'ceasefire-monitoring-arithmetic',
    title: 'The Quiet Arithmetic of Ceasefire Monitoring',
    standfirst:
      'A ceasefire is only as durable as the mechanism that watches it. The numbers behind monitoring missions, from patrol hours to sensor coverage, decide more than the signatures do.',
    authors: ['tomasz-wierzbicki'],
    topics: ['security-defence', 'diplomacy-institutions'],
    publishedAt: '2026-11-27T07:30:00Z',
    mainImage: {
      file: 'main-01.png',
      caption: 'Monitoring is a question of coverage: what is watched, how often, and by whom.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Negotiators celebrate the signing; monitors inherit the problem. Every ceasefire of the past decade that held for more than a year had one thing in common: a verification mechanism with enough people, enough access and a clear route for reporting violations to someone able to act on them. The ones that collapsed usually had a text and little else.',
      { h2: 'Coverage is a budget line' },
      'A line of contact several hundred kilometres long cannot be watched by a few dozen observers in soft-skinned vehicles. Missions that combined patrols with fixed cameras, drones and commercial satellite passes, as the [OSCE](https://www.osce.org/) learned to do, reported more incidents and, crucially, attributed more of them. Attribution is what turns a violation into a diplomatic cost. The same imagery now shapes public reporting too, as we argued in [our piece on satellite journalism](article:satellite-imagery-war-reporting).',
      { quote: 'A monitor who cannot say who fired first is a witness, not a mechanism.' },
      { h2: 'Who receives the report' },
      'The second variable is less technical. Reports need a recipient with authority: a joint commission that meets weekly, a guarantor willing to name the violator, a channel that works at three in the morning. Without that, data accumulates and credibility drains away. Drafters should write the reporting chain into the agreement itself, with deadlines, rather than leaving it to a later protocol that may never be agreed.',
      'None of this is glamorous, and all of it is cheap compared with the alternative. A well-staffed mission costs a fraction of a month of renewed fighting. Funders should treat monitoring as the core of a settlement, not as its administrative appendix.',
    ],
    related: ['mediation-as-profession', 'baltic-sea-backwater'],
    seo: { description: 'Why ceasefires hold or fail: coverage, attribution and a reporting chain with authority.' },
  },
  {
    id: 'europe-air-defence-procurement',
    title: "Europe's Air Defence Gap Is a Procurement Problem",
    standfirst:
      'European governments agree they need more air and missile defence. They disagree on who builds it, in what order and under whose rules, and the delay is the real vulnerability.',
    authors: ['tomasz-wierzbicki'],
    topics: ['security-defence'],
    publishedAt: '2026-10-24T08:00:00Z',
    mainImage: {
      file: 'main-02.png',
      caption: 'Layered defence needs layered procurement.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The diagnosis is no longer contested. Interceptor stocks are thin, production lines are slow to scale and the mix of systems across the continent is a patchwork. What remains contested is the remedy, and every month spent on the argument is a month of production capacity not ordered.',
      { h2: 'Fragmented demand, hesitant supply' },
      'Manufacturers will not add a second shift on the strength of a communiqué. They need multi-year contracts with volumes attached. Joint purchasing through the [European Defence Agency](https://eda.europa.eu/) has helped at the margins, but most large orders are still placed nationally, in small lots, with bespoke requirements that prevent economies of scale.',
      { quote: 'Industry reads contracts, not speeches. A signed order for five years is worth ten summit declarations.' },
      { h2: 'Three fixes that do not need a new treaty' },
      'Governments could standardise on a small number of interceptor types for the next decade, accept common test results instead of repeating national certification, and pool orders with a guaranteed minimum offtake. Each step is politically awkward because it picks winners among national champions. Each is still easier than explaining empty magazines in a crisis, a lesson the [Baltic states](article:baltic-sea-backwater) have been pressing on their partners for years.',
    ],
  },
  {
    id: 'baltic-sea-backwater',
    title: 'The Baltic Sea Is No Longer a Quiet Backwater',
    standfirst:
      'Damaged pipelines, severed cables and a shadow fleet of ageing tankers have turned a once-sleepy sea into a laboratory of grey-zone pressure, and a test of allied coordination.',
    authors: ['tomasz-wierzbicki'],
    topics: ['security-defence'],
    publishedAt: '2026-09-09T06:45:00Z',
    mainImage: {
      file: 'main-03.png',
      caption: 'The Baltic carries energy, data and trade through narrow, shallow waters.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'For most of the post-Cold War period the Baltic was a sea of ferries and fishing boats. Today it carries gas interconnectors, power cables and data links that the littoral states depend on, and it is crossed daily by tankers of uncertain ownership and doubtful insurance. Each incident of the past three years has been small; together they describe a pattern.',
      { h2: 'Attribution in shallow water' },
      'An anchor dragged along the seabed leaves evidence, but turning evidence into attribution takes time, and time favours the deniable. Coastal states have responded with more patrols and with sensors on the seabed, and with closer cooperation through frameworks such as the [Council of the Baltic Sea States](https://cbss.org/). The harder question is legal: what can a navy do to a suspect vessel in international waters?',
      { quote: 'The sea is shallow, the traffic is dense and the law was written for a calmer age.' },
      { h2: 'What allies can do now' },
      'Insurance and flag-state checks are the cheapest levers. A tanker without credible cover is a hazard to navigation, whatever its cargo, and ports can insist on proof. Investment in repair capacity matters as much as deterrence; as [Priya Raghunathan argues for undersea cables](article:undersea-cables-repair-treaty), resilience is partly a matter of how fast a broken link can be mended.',
    ],
    related: ['undersea-cables-repair-treaty', 'europe-air-defence-procurement', 'shipping-lanes-chokepoints'],
  },
  {
    id: 'japan-philippines-alliance',
    title: 'Japan and the Philippines: An Alliance Quietly Deepens',
    standfirst:
      'A reciprocal access agreement, joint patrols and coast guard cooperation are knitting together two of America\'s allies. The shift matters more than the headlines suggest.',
    authors: ['mei-ling-arvidsson'],
    topics: ['indo-pacific', 'security-defence'],
    publishedAt: '2026-08-10T03:00:00Z',
    mainImage: {
      file: 'main-04.png',
      caption: 'Bilateral links between allies are changing the region\'s security architecture.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Alliances in East Asia have long followed a hub-and-spokes design, with Washington at the centre and little traffic between the spokes. That design is changing. Tokyo and Manila now train together, exchange information on maritime incidents and have agreed rules for deploying forces on each other\'s territory.',
      { h2: 'Coast guards first' },
      'Much of the cooperation is deliberately low-key. Patrol vessels, radar and training for the Philippine Coast Guard draw less attention than warships, yet they address the daily reality of disputed shoals. The legal backdrop remains the [UN Convention on the Law of the Sea](https://www.un.org/depts/los/), which both governments invoke constantly.',
      { quote: 'The most important ships in the South China Sea are painted white, not grey.' },
      { h2: 'Limits worth remembering' },
      'Neither government wants the relationship to look like an alliance against a single neighbour, and domestic politics in both countries can turn quickly. The lesson from the [Pacific Islands Forum](article:pacific-islands-forum-agenda) applies here too: regional partners judge outside powers by what they deliver, not by the labels they use.',
    ],
  },
]
