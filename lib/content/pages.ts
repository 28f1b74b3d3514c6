import { serverContent } from './fetch'

export const getPageBySlug = serverContent.getPageBySlug
