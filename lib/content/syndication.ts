import 'server-only'
import { fetchContent } from './fetch'
import { logContentIssue } from './runner'
import { createSyndicationLoaders } from './syndication-loaders'

export type { FeedArticle, SitemapArticle, SitemapData, SitemapDocument } from './syndication-loaders'

const loaders = createSyndicationLoaders({ fetch: fetchContent, report: logContentIssue })

export const getFeedArticles = loaders.getFeedArticles
export const getFeedArticlesFor = loaders.getFeedArticlesFor
export const getSitemapData = loaders.getSitemapData
