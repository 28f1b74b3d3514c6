import { serverContent } from './fetch'

export const getArticleBySlug = serverContent.getArticleBySlug
export const getLatestArticles = serverContent.getLatestArticles
export const getAllArticleSlugs = serverContent.getAllArticleSlugs
