import type { SeedAuthor, SeedTopic } from './types'

export const seedTopics: SeedTopic[] = [
  {
    id: 'security-defence',
    title: 'Security and Defence',
    description: 'Armed conflict, deterrence, alliances and the industrial base behind them.',
  },
  {
    id: 'trade-economy',
    title: 'Trade and the Global Economy',
    description: 'Tariffs, sanctions, supply chains, sovereign debt and the institutions that govern them.',
  },
  {
    id: 'climate-energy',
    title: 'Climate and Energy',
    description: 'The geopolitics of decarbonisation: grids, minerals, finance and the diplomacy of emissions.',
  },
  {
    id: 'diplomacy-institutions',
    title: 'Diplomacy and Institutions',
    description: 'Multilateral bodies, mediation, treaties and the craft of negotiation.',
  },
  {
    id: 'technology-cyber',
    title: 'Technology and Cyber',
    description: 'Semiconductors, undersea cables, satellites, artificial intelligence and the rules emerging around them.',
  },
  {
    id: 'migration-development',
    title: 'Migration and Development',
    description: 'Remittances, labour mobility, displacement and the financing of development.',
  },
  {
    id: 'indo-pacific',
    title: 'Indo-Pacific',
    description: 'Alliances, maritime disputes and regional institutions from the Indian Ocean to the Pacific Islands.',
  },
]

export const seedAuthors: SeedAuthor[] = [
  {
    id: 'amara-okonkwo-hale',
    name: 'Amara Okonkwo-Hale',
    role: 'Senior Fellow, Global Trade Programme',
    bio: 'Works on sanctions, sovereign debt and trade rules; previously an adviser at a regional development bank.',
    portrait: { file: 'portrait-01.png', alt: 'Abstract portrait illustration for Amara Okonkwo-Hale' },
    links: [
      { label: 'Email', url: 'mailto:a.okonkwo-hale@meridian-review.example' },
      { label: 'Profile', url: 'https://meridian-review.example/people/amara-okonkwo-hale' },
    ],
  },
  {
    id: 'tomasz-wierzbicki',
    name: 'Tomasz Wierzbicki',
    role: 'Director, European Security Initiative',
    bio: 'Writes on deterrence, defence procurement and the Baltic region; a former arms-control negotiator.',
    portrait: { file: 'portrait-02.png', alt: 'Abstract portrait illustration for Tomasz Wierzbicki' },
    links: [
      { label: 'Email', url: 'mailto:t.wierzbicki@meridian-review.example' },
      { label: 'Personal site', url: 'https://wierzbicki.example/' },
    ],
  },
  {
    id: 'priya-raghunathan',
    name: 'Priya Raghunathan',
    role: 'Fellow, Technology and Geopolitics',
    bio: 'Studies how chips, cables and satellites reshape state power, and how to write rules for them.',
    portrait: { file: 'portrait-03.png', alt: 'Abstract portrait illustration for Priya Raghunathan' },
    links: [
      { label: 'Email', url: 'mailto:p.raghunathan@meridian-review.example' },
      { label: 'Mastodon', url: 'https://mastodon.social/@priya_r_example' },
    ],
  },
  {
    id: 'helene-marchetti',
    name: 'Hélène Marchetti',
    role: 'Senior Research Associate, Climate and Energy',
    bio: 'Follows climate finance, carbon pricing and electricity interconnection across Europe and Africa.',
    portrait: { file: 'portrait-04.png', alt: 'Abstract portrait illustration for Hélène Marchetti' },
    links: [{ label: 'Email', url: 'mailto:h.marchetti@meridian-review.example' }],
  },
  {
    id: 'daniel-achterberg',
    name: 'Daniel Achterberg',
    role: 'Editor, The Meridian Review',
    bio: 'Edits the Review and writes on multilateral institutions and the practice of mediation.',
    portrait: { file: 'portrait-05.png', alt: 'Abstract portrait illustration for Daniel Achterberg' },
    links: [
      { label: 'Email', url: 'mailto:editor@meridian-review.example' },
      { label: 'Editorial desk', url: 'tel:+442079460000' },
    ],
  },
  {
    id: 'mei-ling-arvidsson',
    name: 'Mei-Ling Arvidsson',
    role: 'Visiting Fellow, Asia-Pacific Programme',
    bio: 'Covers maritime security, regional institutions and alliance politics in East and Southeast Asia.',
    portrait: { file: 'portrait-06.png', alt: 'Abstract portrait illustration for Mei-Ling Arvidsson' },
    links: [
      { label: 'Email', url: 'mailto:m.arvidsson@meridian-review.example' },
      { label: 'Bluesky', url: 'https://bsky.app/profile/meiling-arvidsson.example' },
    ],
  },
  {
    id: 'jonah-ferreira-banks',
    name: 'Jonah Ferreira-Banks',
    role: 'Research Analyst, Migration and Development',
    bio: 'Researches remittances, labour migration and food security, with field work in West Africa and Central America.',
    portrait: { file: 'portrait-07.png', alt: 'Abstract portrait illustration for Jonah Ferreira-Banks' },
    links: [{ label: 'Email', url: 'mailto:j.ferreira-banks@meridian-review.example' }],
  },
]
