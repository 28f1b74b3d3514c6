import { serverContent } from './fetch'

export const getPageBySlug = serverContent.getPageBySlug
export const getAllPageSlugs = serverContent.getAllPageSlugs
