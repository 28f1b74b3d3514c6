import type { SeedArticle } from './types'

export const economyArticles: SeedArticle[] = [
  {
    id: 'critical-minerals-clubs',
    title: 'Critical Minerals Clubs Are Becoming Trade Blocs',
    standfirst:
      'Agreements on lithium, cobalt and rare earths began as supply insurance. They are hardening into preferential trading arrangements with their own rules, and producers in the Global South want a seat at the table.',
    authors: ['amara-okonkwo-hale', 'helene-marchetti'],
    topics: ['trade-economy', 'climate-energy'],
    publishedAt: '2026-11-26T10:15:00Z',
    mainImage: {
      file: 'main-05.png',
      caption: 'Mineral partnerships are redrawing the map of trade preferences.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Five years ago a minerals partnership was a memorandum of understanding and a photo opportunity. Today several carry tariff preferences, investment screening commitments and shared standards for traceability. Consumers in Europe, North America and East Asia want secure supply for batteries and magnets; producers want processing plants and jobs, not just mines.',
      { h2: 'From insurance policy to club rules' },
      'The shift is visible in the fine print. Clubs increasingly define which suppliers count as trusted and reward them with market access. The [International Energy Agency](https://www.iea.org/) expects demand for several of these minerals to multiply by 2040, which gives the rules real commercial weight. Those left outside face a quiet form of discrimination that the [WTO](https://www.wto.org/) was not designed to police.',
      { quote: 'A club that writes its own membership rules is a trade bloc, whatever the press release calls it.' },
      { h2: 'What producers are asking for' },
      'Producing countries are pressing for processing to happen at home and for a voice in the standards that govern them. That is a reasonable demand, and a useful one: more diverse processing reduces the concentration risk the clubs were set up to address. It also connects to the wider debate about [carbon border levies](article:carbon-border-levies-hard-case), where the same countries fear rules written without them.',
      'The practical test is whether the clubs open their governance. Observer status is not enough. A standing dialogue with producer governments, shared funding for traceability systems and a clear accession path would turn exclusive clubs into something closer to a commons.',
    ],
    related: ['carbon-border-levies-hard-case', 'chip-export-controls-second-order'],
  },
  {
    id: 'remittances-rate-shock',
    title: 'Remittances After the Rate Shock',
    standfirst:
      'Money sent home by migrant workers proved resilient through the pandemic and the rate rises that followed. The costs of sending it have not fallen nearly as fast as promised.',
    authors: ['jonah-ferreira-banks'],
    topics: ['migration-development', 'trade-economy'],
    publishedAt: '2026-11-14T09:00:00Z',
    mainImage: {
      file: 'main-06.png',
      caption: 'Remittances now exceed foreign direct investment in many low-income economies.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'For many low- and middle-income countries remittances are the largest source of foreign currency, larger than aid and steadier than investment. They kept flowing when interest rates rose, because families do not stop paying school fees when central banks tighten.',
      { h2: 'The stubborn price of sending money' },
      'The international target is a cost of three per cent per transfer. The average remains roughly double that, according to the [World Bank\'s price database](https://remittanceprices.worldbank.org/), and far higher on some corridors into sub-Saharan Africa. Banks closing correspondent accounts out of compliance caution push senders towards costlier or informal channels.',
      { quote: 'Every percentage point shaved off the cost of a transfer is a raise for the poorest households in the world.' },
      { h2: 'What would move the number' },
      'Regulators could accept digital identity checks across borders, central banks could open instant-payment systems to licensed remittance firms, and donors could fund the compliance infrastructure small providers cannot afford. The link to [labour mobility schemes](article:labour-mobility-partnerships) is direct: workers who migrate through formal schemes tend to remit through formal channels.',
    ],
  },
  {
    id: 'carbon-border-levies-hard-case',
    title: 'Carbon Border Levies Meet Their First Hard Case',
    standfirst:
      'The first full year of payments under Europe\'s carbon border adjustment is exposing the gap between the mechanism\'s design and the reality of steel and fertiliser trade.',
    authors: ['helene-marchetti'],
    topics: ['climate-energy', 'trade-economy'],
    publishedAt: '2026-11-05T11:30:00Z',
    updatedAt: '2026-11-08T16:00:00Z',
    mainImage: {
      file: 'main-07.png',
      caption: 'Embedded emissions are hard to measure at the border.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The logic of a carbon border levy is simple: importers pay for the emissions embedded in goods, so that domestic producers paying a carbon price are not undercut. The practice is not simple at all. Verifying the emissions of a steel mill thousands of kilometres away requires data that many exporters do not collect.',
      { h2: 'Default values and their discontents' },
      'Where verified data is missing, importers fall back on default values, which are deliberately punitive. That creates an incentive to measure, but also a burden that falls hardest on smaller exporters. The [European Commission\'s guidance](https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism_en) has been revised twice already.',
      { quote: 'A levy that only large exporters can navigate will be read abroad as protection, not climate policy.' },
      { h2: 'Revenue as diplomacy' },
      'The most constructive proposal on the table would recycle part of the revenue into measurement and decarbonisation support for exporting countries. It would cost little and buy a great deal of goodwill, especially among the producers now negotiating their place in [critical minerals clubs](article:critical-minerals-clubs).',
    ],
    corrections: [
      {
        date: '2026-11-08T16:00:00Z',
        text: 'An earlier version of this article said the mechanism covers aluminium scrap. It covers primary aluminium and certain aluminium products; scrap is excluded.',
      },
    ],
    related: ['critical-minerals-clubs', 'climate-finance-plumbing'],
  },
  {
    id: 'chip-export-controls-second-order',
    title: 'Export Controls on Chips: The Second-Order Effects',
    standfirst:
      'Restrictions on advanced semiconductors and the tools to make them were meant to slow a rival. They are also reshaping investment, talent flows and the politics of allied industry.',
    authors: ['priya-raghunathan'],
    topics: ['technology-cyber', 'trade-economy'],
    publishedAt: '2026-10-30T07:00:00Z',
    mainImage: {
      file: 'main-08.png',
      caption: 'Controls on tools matter as much as controls on chips.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The first-order effect of export controls is easy to describe: certain chips and machines cannot be sold to certain buyers. The second-order effects are harder to see and arguably more important: where companies build their next fabrication plant, which engineers move where, and whether allies feel consulted or commanded.',
      { h2: 'Allies as reluctant enforcers' },
      'The most advanced lithography machines are made by a handful of firms in a few allied countries. Controls only work if those governments apply them too, which turns trade policy into alliance management. Coordination through the [Wassenaar Arrangement](https://www.wassenaar.org/) is too slow for the pace of the technology, so much of it now happens bilaterally.',
      { quote: 'Every control creates an incentive to build the controlled thing somewhere else.' },
      { h2: 'Measuring success honestly' },
      'Success should be judged over a decade, not a quarter. The useful questions are whether the targeted capability was delayed, at what cost to the firms that lost sales, and whether the controls accelerated a rival supply chain. Similar questions apply to [sanctions generally](article:sanctions-fatigue-statecraft).',
    ],
  },
  {
    id: 'sanctions-fatigue-statecraft',
    title: 'Sanctions Fatigue and the Limits of Economic Statecraft',
    standfirst:
      'Sanctions have become the default response to almost every crisis. Their overuse is eroding the financial centrality that made them powerful in the first place.',
    authors: ['amara-okonkwo-hale'],
    topics: ['trade-economy', 'security-defence'],
    publishedAt: '2026-09-23T08:30:00Z',
    mainImage: {
      file: 'main-09.png',
      caption: 'Financial sanctions rely on the centrality of a few currencies and clearing systems.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Sanctions are attractive because they are quick to impose and do not put soldiers at risk. That is also their weakness: they are imposed quickly, often without a clear statement of what behaviour would lift them, and then left in place for decades.',
      { h2: 'The erosion of leverage' },
      'Each new designation encourages targets and bystanders alike to build workarounds: alternative payment systems, barter arrangements, reserves held in other currencies. The [IMF](https://www.imf.org/) has documented a slow but steady diversification of reserves. None of this dethrones the dollar soon, but it narrows the margin of coercion.',
      { quote: 'A sanction without an exit is a tax, not a bargain.' },
      { h2: 'Better design' },
      'Three principles would help: state the conditions for relief at the outset, review every programme on a fixed cycle, and coordinate with allies before announcing rather than after. The same discipline is overdue in [technology controls](article:chip-export-controls-second-order).',
    ],
    related: ['chip-export-controls-second-order'],
  },
  {
    id: 'debt-restructuring-way-through',
    title: 'Debt Restructuring Is Stuck. Here Is a Way Through',
    standfirst:
      'Countries in debt distress are waiting years for relief because creditors cannot agree on comparable treatment. A few procedural changes would shorten the wait.',
    authors: ['amara-okonkwo-hale'],
    topics: ['migration-development', 'trade-economy'],
    publishedAt: '2026-09-01T09:00:00Z',
    mainImage: {
      file: 'main-10.png',
      caption: 'Restructurings now involve bondholders, bilateral lenders and commercial banks.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The creditor landscape has changed beyond recognition in twenty years. Where once a handful of Western governments and banks negotiated together, a restructuring today involves new bilateral lenders, bondholders, commodity traders and state-owned banks, each with different rules and incentives.',
      { h2: 'Where the process stalls' },
      'The bottleneck is comparability: each creditor group wants proof that others are taking an equal loss. Under the [G20 Common Framework](https://www.imf.org/en/About/FAQ/sovereign-debt), agreeing that proof has taken years in several cases, during which the debtor pays the price in lost investment and social spending.',
      { quote: 'Delay is not neutral. It is the most expensive option, and the debtor pays it.' },
      { h2: 'A shorter path' },
      'A standstill on payments once talks begin, a shared template for comparing terms and a published timetable would each shave months off. None requires a treaty. Combined with cheaper [remittance channels](article:remittances-rate-shock), they would make a real difference to household finances in the affected countries.',
    ],
  },
  {
    id: 'shipping-lanes-chokepoints',
    title: 'Shipping Lanes, Insurance and the New Chokepoints',
    standfirst:
      'Attacks on merchant shipping have shown that insurance markets, not navies alone, decide whether a route stays open.',
    authors: ['amara-okonkwo-hale'],
    topics: ['trade-economy', 'security-defence'],
    publishedAt: '2026-08-18T07:15:00Z',
    body: [
      'When a strait becomes dangerous, the first response is not military but actuarial. War-risk premiums rise, some insurers withdraw and shipowners reroute. The economic effect arrives weeks before any naval deployment can change the picture.',
      { h2: 'The underwriter as gatekeeper' },
      'Rerouting around a continent adds days and fuel costs that ripple through prices. The [International Maritime Organization](https://www.imo.org/) sets safety standards, but it is underwriters in a few financial centres who decide, in practice, which routes are commercially viable.',
      { quote: 'A navy can escort a convoy. Only an underwriter can make the voyage worth taking.' },
      { h2: 'Policy options' },
      'Governments have experimented with state-backed reinsurance for critical routes. It is expensive and raises hard questions of moral hazard, but it may be cheaper than the alternative. The parallel with seabed infrastructure is close: see our analysis of [Baltic grey-zone pressure](article:baltic-sea-backwater).',
    ],
    related: ['baltic-sea-backwater', 'food-export-bans-fragility'],
  },
  {
    id: 'food-export-bans-fragility',
    title: 'Food Export Bans and the Fragility of Markets',
    standfirst:
      'When exporters restrict sales of rice or wheat to protect domestic prices, they export instability instead. A modest set of rules could limit the damage.',
    authors: ['jonah-ferreira-banks'],
    topics: ['trade-economy', 'migration-development'],
    publishedAt: '2026-06-28T10:00:00Z',
    mainImage: {
      file: 'main-11.png',
      caption: 'Thinly traded staples are especially vulnerable to export restrictions.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Export bans are politically rational and collectively ruinous. A government facing rising bread prices at home restricts exports; world prices jump; other exporters follow. Importing countries with the least fiscal room absorb the shock.',
      { h2: 'Thin markets, big swings' },
      'Rice is the clearest case: only a small share of global production is traded internationally, so a single large exporter\'s decision moves prices sharply. The [FAO Food Price Index](https://www.fao.org/worldfoodsituation/foodpricesindex/en/) records the consequences month by month.',
      { quote: 'Self-protection by the large becomes a crisis for the small.' },
      { h2: 'Rules worth agreeing' },
      'Exempting humanitarian purchases, notifying restrictions in advance and setting time limits would not end export bans but would blunt their worst effects. The same insurance logic discussed in our piece on [shipping chokepoints](article:shipping-lanes-chokepoints) applies: predictability is itself a public good.',
    ],
  },
]
