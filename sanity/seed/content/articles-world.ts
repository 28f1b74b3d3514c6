import type { SeedArticle } from './types'

export const worldArticles: SeedArticle[] = [
  {
    id: 'undersea-cables-repair-treaty',
    title: 'Why Undersea Cables Need a Repair Treaty',
    standfirst:
      'Almost all intercontinental data travels through cables on the seabed. When one breaks, the world depends on a small fleet of repair ships and a tangle of permits.',
    authors: ['priya-raghunathan'],
    topics: ['technology-cyber', 'security-defence'],
    publishedAt: '2026-11-21T08:00:00Z',
    mainImage: {
      file: 'main-12.png',
      caption: 'Repair capacity, not just protection, determines how resilient the network is.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Cable faults are routine: fishing gear and anchors cause most of them, and the network is built with redundancy. What is not routine is the time it takes to fix a cable in contested or heavily regulated waters, where a repair ship may wait weeks for permission to work.',
      { h2: 'A fleet stretched thin' },
      'Only a few dozen specialised vessels serve the whole world, and many are ageing. The [International Cable Protection Committee](https://www.iscpc.org/) has long warned that repair capacity has not kept pace with the growth of the network.',
      { quote: 'Resilience is measured in days to repair, not in the number of cables laid.' },
      {
        embed: {
          service: 'youtube',
          url: 'https://www.youtube.com/watch?v=Qm4cB7Lr2Xk',
          title: 'How a cable repair ship finds and lifts a broken subsea cable',
          caption: 'An explainer on the repair process, from fault location to splicing at sea.',
        },
      },
      { h2: 'What a treaty could say' },
      'A short agreement could guarantee fast-track permits for repair vessels, protect their crews and share data about faults. It would complement, not replace, the security measures discussed in [our Baltic analysis](article:baltic-sea-backwater).',
    ],
    related: ['baltic-sea-backwater'],
  },
  {
    id: 'pacific-islands-forum-agenda',
    title: 'The Pacific Islands Forum Is Setting the Agenda Now',
    standfirst:
      'Courted by larger powers, Pacific island states have turned their regional forum into an instrument for setting terms on climate, fisheries and security.',
    authors: ['mei-ling-arvidsson'],
    topics: ['indo-pacific', 'diplomacy-institutions'],
    publishedAt: '2026-11-10T02:30:00Z',
    mainImage: {
      file: 'main-13.png',
      caption: 'Small states, large ocean territories.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The attention paid to the Pacific by distant capitals has been a mixed blessing for island governments: more aid and more visits, but also pressure to choose sides. The region\'s answer has been to work through the [Pacific Islands Forum](https://forumsec.org/) and insist that outside partners engage on its priorities.',
      { h2: 'Climate as security' },
      'For island states, the existential threat is not a rival navy but rising seas. The forum has pushed for recognition that maritime boundaries stay fixed even as coastlines retreat, a question with large consequences for fishing rights and statehood.',
      { quote: 'We are not in anyone\'s backyard. We are in our own front yard, and it is an ocean.' },
      {
        embed: {
          service: 'x',
          url: 'https://x.com/MeridianReview/status/1861234567890123456',
          title: 'The Meridian Review on the Pacific Islands Forum communiqué',
        },
      },
      { h2: 'How partners should respond' },
      'Outsiders will be judged on delivery: climate finance that arrives, fisheries enforcement that helps, infrastructure that is maintained. The same is true further north, where [Japan and the Philippines](article:japan-philippines-alliance) are learning that partnership is built in practical steps.',
    ],
  },
  {
    id: 'security-council-reform-realistic',
    title: 'What a Reformed Security Council Could Realistically Look Like',
    standfirst:
      'Every proposal to reform the UN Security Council has failed on the same obstacles. A more modest package might succeed where grand designs have not.',
    authors: ['daniel-achterberg'],
    topics: ['diplomacy-institutions'],
    publishedAt: '2026-10-19T09:30:00Z',
    mainImage: {
      file: 'main-14.png',
      caption: 'Reform proposals have circled the same questions for decades.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The case for reform is unanswerable and the prospects are dim. The Council reflects the distribution of power in 1945; amending the Charter requires the consent of the very permanent members whose privileges reform would dilute.',
      { h2: 'Working within the Charter' },
      'Much can change without amendment. Longer terms for elected members, a voluntary restraint on the veto in cases of mass atrocity, and routine consultation with troop-contributing countries are all within reach. The [General Assembly\'s veto initiative](https://www.un.org/en/ga/) already requires a debate whenever a veto is cast.',
      { quote: 'Reform by accretion is unglamorous, but it is the only kind that has ever happened.' },
      { h2: 'A realistic package' },
      'Pair a modest enlargement of elected seats with a veto-restraint pledge and a stronger role for regional organisations. It would disappoint everyone a little, which is often the sign of a viable deal, as practitioners of [mediation](article:mediation-as-profession) know.',
    ],
  },
  {
    id: 'mekong-dams-water-diplomacy',
    title: 'The Mekong\'s Dams and the Diplomacy of Water',
    standfirst:
      'Upstream dams are changing the flow of one of Asia\'s great rivers. Data sharing has improved, but downstream countries still bear the risk.',
    authors: ['mei-ling-arvidsson'],
    topics: ['indo-pacific', 'climate-energy'],
    publishedAt: '2026-10-13T04:00:00Z',
    mainImage: {
      file: 'main-15.png',
      caption: 'The river supports fisheries and farming for tens of millions of people.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'The Mekong feeds one of the world\'s largest inland fisheries and the rice bowl of its delta. A cascade of hydropower dams upstream now shapes when and how much water arrives downstream, and with it the sediment that keeps the delta above the sea.',
      { h2: 'Data is the first diplomacy' },
      'The [Mekong River Commission](https://www.mrcmekong.org/) has pressed for year-round sharing of reservoir data. Progress has been real but partial. Forecasts are only as good as the releases they are told about.',
      {
        image: {
          file: 'body-03.png',
          caption: 'Sediment trapped behind dams no longer replenishes the delta.',
          credit: 'Illustration: The Meridian Review',
        },
      },
      { quote: 'A river does not recognise borders, but its data still stops at them.' },
      { h2: 'Beyond notification' },
      'Notification before large releases is a floor, not a ceiling. Joint operating rules for drought years would do more. The question connects to the wider politics of [climate-driven migration](article:climate-migration-internal) in the delta.',
    ],
  },
  {
    id: 'climate-finance-plumbing',
    title: 'Climate Finance Needs Fewer Pledges and Better Plumbing',
    standfirst:
      'Headline commitments keep rising. The money that reaches projects in poorer countries is slowed by the pipes it has to flow through.',
    authors: ['helene-marchetti'],
    topics: ['climate-energy', 'migration-development'],
    publishedAt: '2026-10-07T10:00:00Z',
    mainImage: {
      file: 'main-16.png',
      caption: 'Disbursement, not pledging, is the bottleneck.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Each climate summit produces a larger number. Few observers believe the numbers translate into money at the scale announced, and fewer still can trace how long it takes to get from pledge to project.',
      { h2: 'Where the money gets stuck' },
      'Accreditation with multilateral funds can take years; project preparation is expensive and rarely funded; currency risk deters private lenders. Reports to the [UNFCCC](https://unfccc.int/) show large gaps between approvals and disbursements.',
      {
        image: {
          file: 'body-05.png',
          caption: 'Each stage of approval narrows the flow.',
        },
      },
      { quote: 'We do not have a pledging problem. We have a plumbing problem.' },
      { h2: 'Three repairs' },
      'Fund project preparation generously, accept national systems for safeguards where they meet standards, and share currency risk through guarantees. The same plumbing argument applies to [carbon border revenue](article:carbon-border-levies-hard-case).',
    ],
    related: ['carbon-border-levies-hard-case', 'grid-interconnectors-foreign-policy'],
  },
  {
    id: 'labour-mobility-partnerships',
    title: 'Labour Mobility Partnerships: Promise and Fine Print',
    standfirst:
      'Agreements that match workers in one country with shortages in another are multiplying. Their value depends on recruitment fees, skills recognition and the right to change employer.',
    authors: ['jonah-ferreira-banks'],
    topics: ['migration-development'],
    publishedAt: '2026-09-30T08:00:00Z',
    mainImage: {
      file: 'main-17.png',
      caption: 'Well-designed schemes benefit workers, employers and origin countries.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Ageing societies need workers; young ones need jobs. Bilateral labour agreements promise to connect the two in an orderly way, and several have shown real results in care work, agriculture and construction.',
      { h2: 'The details that decide outcomes' },
      'Recruitment fees paid by workers can wipe out a year\'s savings. Tying a visa to one employer invites abuse. The [ILO\'s fair recruitment principles](https://www.ilo.org/) address both, but they are only as good as their enforcement.',
      { quote: 'A mobility scheme is judged by the worker who wants to leave a bad employer and can.' },
      { h2: 'Designing for trust' },
      'Employer-paid fees, portable visas and recognised training are the core. Link schemes to cheaper [remittance channels](article:remittances-rate-shock) and they deliver for families at home too.',
    ],
    related: ['remittances-rate-shock', 'climate-migration-internal'],
  },
  {
    id: 'satellite-imagery-war-reporting',
    title: 'Satellite Imagery Has Changed How Wars Are Reported',
    standfirst:
      'Commercial imagery now lets newsrooms and researchers verify claims within hours. It has also created new risks of error and manipulation.',
    authors: ['priya-raghunathan'],
    topics: ['technology-cyber', 'security-defence'],
    publishedAt: '2026-09-16T07:30:00Z',
    mainImage: {
      file: 'main-18.png',
      caption: 'Imagery that once required a spy agency now arrives by subscription.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'A decade ago, high-resolution imagery of a battlefield was a state secret. Today researchers buy it, analyse it and publish it, often before governments comment. That has made public debate about wars more grounded in evidence.',
      { h2: 'Verification and its limits' },
      'Open-source investigators combine imagery with video and shadows to fix time and place. The [Bellingcat](https://www.bellingcat.com/) community has published methods anyone can learn. But imagery shows what is visible from above, and absence of evidence on a picture is not evidence of absence.',
      {
        image: {
          file: 'body-01.png',
          caption: 'Analysts compare passes taken days apart to detect change.',
          credit: 'Illustration: The Meridian Review',
        },
      },
      { quote: 'The picture is never the whole story; it is the part that can be checked.' },
      {
        embed: {
          service: 'youtube',
          url: 'https://youtu.be/Vz8kP3nRt1Q',
          title: 'Reading satellite imagery: a short methods lecture',
        },
      },
      { h2: 'Responsibilities for publishers' },
      'Editors should state resolution, date and source for every image and correct quickly when analysis is wrong. Monitoring missions rely on the same evidence, as we discussed in [ceasefire monitoring](article:ceasefire-monitoring-arithmetic).',
    ],
  },
  {
    id: 'grid-interconnectors-foreign-policy',
    title: 'Grid Interconnectors as Foreign Policy',
    standfirst:
      'High-voltage links between countries are becoming instruments of alliance-building. They create interdependence, which can be a strength or a vulnerability.',
    authors: ['helene-marchetti'],
    topics: ['climate-energy', 'diplomacy-institutions'],
    publishedAt: '2026-08-25T09:00:00Z',
    mainImage: {
      file: 'main-19.png',
      caption: 'Interconnectors let renewable power move to where it is needed.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Electricity is hard to store and easy to move, if the wires exist. Interconnectors let countries share wind and solar surpluses, and they tie neighbours together in ways that pipelines once did.',
      { h2: 'Interdependence by design' },
      'Planned links across the Mediterranean and the North Sea would carry gigawatts. The [ENTSO-E](https://www.entsoe.eu/) network plans show the scale of ambition; the financing and permitting show the scale of difficulty.',
      {
        image: {
          file: 'body-02.png',
          caption: 'Each new link changes the balance of dependence between neighbours.',
          credit: 'Illustration: The Meridian Review',
        },
      },
      { quote: 'A cable carries electrons in both directions, and obligations too.' },
      { h2: 'Governing the links' },
      'Rules on who may cut flows in a crisis, and how costs are shared, matter as much as the engineering. The repair and protection questions raised for [data cables](article:undersea-cables-repair-treaty) apply equally to power.',
    ],
  },
  {
    id: 'ai-governance-diplomats',
    title: 'AI Governance Needs Diplomats, Not Only Engineers',
    standfirst:
      'International discussions on artificial intelligence are dominated by technical experts. The hardest questions are about institutions, verification and trust between states.',
    authors: ['priya-raghunathan'],
    topics: ['technology-cyber', 'diplomacy-institutions'],
    publishedAt: '2026-08-01T08:00:00Z',
    mainImage: {
      file: 'main-20.png',
      caption: 'Agreement on principles is easier than agreement on verification.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Statements of principle on artificial intelligence now number in the dozens. They agree on safety, transparency and human oversight; they rarely say who checks, how, or what happens when a state falls short.',
      { h2: 'Lessons from arms control' },
      'Arms control offers a vocabulary of verification, confidence-building and incremental commitment. The [OECD AI principles](https://oecd.ai/en/ai-principles) were a start; institutions with inspectors and budgets are what turn principles into practice.',
      { quote: 'Trust, but verify was not an engineering slogan.' },
      { h2: 'Where to begin' },
      'Incident reporting between governments, shared evaluation methods and a standing forum for disputes would be modest but real. They would also benefit from the reform-by-accretion approach described in our piece on [Security Council reform](article:security-council-reform-realistic).',
    ],
  },
  {
    id: 'climate-migration-internal',
    title: 'Climate Migration Is Mostly Internal, and Policy Should Reflect It',
    standfirst:
      'Most people displaced by floods, droughts and storms move within their own country. International debate focuses on the minority who cross borders.',
    authors: ['jonah-ferreira-banks'],
    topics: ['migration-development', 'climate-energy'],
    publishedAt: '2026-07-22T09:00:00Z',
    mainImage: {
      file: 'main-21.png',
      caption: 'Secondary cities absorb most climate-related moves.',
      credit: 'Illustration: The Meridian Review',
    },
    body: [
      'Images of boats crossing seas dominate the politics of migration. The data tell a different story about climate: the great majority of people who move because of environmental stress stay within national borders, often moving to the nearest growing city.',
      { h2: 'Cities on the front line' },
      'Secondary cities receive newcomers without the budgets or planning capacity to house them safely. The [Internal Displacement Monitoring Centre](https://www.internal-displacement.org/) counts tens of millions of disaster displacements each year.',
      { quote: 'Climate migration policy is, above all, urban policy.' },
      { h2: 'Where money should go' },
      'Funding for municipal infrastructure, land titling and flood protection in receiving cities would do more than border measures. It is exactly the kind of spending that [climate finance plumbing](article:climate-finance-plumbing) struggles to deliver.',
    ],
  },
  {
    id: 'mediation-as-profession',
    title: 'Mediation Is a Profession. Treat It Like One',
    standfirst:
      'Peace processes are still too often led by distinguished amateurs. Professional mediation support, properly funded, changes outcomes.',
    authors: ['daniel-achterberg'],
    topics: ['diplomacy-institutions'],
    publishedAt: '2026-07-12T08:00:00Z',
    body: [
      'The image of the lone envoy shuttling between capitals persists. In reality successful processes rely on teams: specialists in ceasefires, constitutions, power-sharing and gender inclusion, working quietly for months before and after the moments that make the news.',
      { h2: 'The support structure' },
      'The [UN Standby Team of Mediation Experts](https://peacemaker.un.org/) shows what specialist support can do. Regional organisations have built similar units, but most remain small and dependent on voluntary funding.',
      { quote: 'Good mediation looks effortless for the same reason good surgery does.' },
      { h2: 'What funders should change' },
      'Multi-year core funding, a career path for mediation specialists and systematic lessons-learned exercises would professionalise the field. The payoff shows up later, for example in the [monitoring arrangements](article:ceasefire-monitoring-arithmetic) that keep agreements alive.',
    ],
    related: ['ceasefire-monitoring-arithmetic', 'security-council-reform-realistic'],
  },
]
