import { serverContent } from './fetch'

export const searchArticles = serverContent.searchArticles
