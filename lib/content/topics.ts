import { serverContent } from './fetch'

export const getTopicBySlug = serverContent.getTopicBySlug
export const getAllTopicSlugs = serverContent.getAllTopicSlugs
