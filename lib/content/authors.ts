import { serverContent } from './fetch'

export const getAuthorBySlug = serverContent.getAuthorBySlug
export const getAllAuthorSlugs = serverContent.getAllAuthorSlugs
