import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllArticleSlugs, getArticleBySlug } from '@/lib/content/articles'
import { getSiteSettings } from '@/lib/content/settings'
import { imageUrl } from '@/lib/content/image'
import { articlePageJsonLd } from '@/lib/seo/page-json-ld'
import { JsonLdScript } from '@/components/seo/JsonLdScript'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { ArticleBody } from '@/components/article/ArticleBody'
import { ArticleCorrections } from '@/components/article/ArticleCorrections'
import { RelatedArticles } from '@/components/article/RelatedArticles'
import { ArticleNewsletter } from '@/components/article/ArticleNewsletter'
import { ContentFigure, toFigureImage } from '@/components/media/ContentFigure'
import { articleMetadata, notFoundMetadata } from '../../_lib/metadata'
import styles from './article.module.css'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getAllArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [article, site] = await Promise.all([getArticleBySlug(slug), getSiteSettings()])
  if (!article) return notFoundMetadata
  return articleMetadata(article, site)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const [article, site] = await Promise.all([getArticleBySlug(slug), getSiteSettings()])
  if (!article) notFound()

  return (
    <>
      <article className={styles.article}>
        <ArticleHeader
          title={article.title}
          standfirst={article.standfirst}
          authors={article.authors}
          topics={article.topics}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          locale={site.language}
        />
        {article.mainImage ? (
          <ContentFigure
            image={toFigureImage(article.mainImage)}
            sizes="(min-width: 72rem) 68rem, 100vw"
            priority
            className={styles.mainImage}
          />
        ) : null}
        <div className={styles.column}>
          <ArticleBody value={article.body} />
          <ArticleCorrections corrections={article.corrections} locale={site.language} />
        </div>
      </article>
      <div className={styles.column}>
        <ArticleNewsletter newsletter={site.newsletter} sourcePath={`/articles/${article.slug}`} />
      </div>
      <RelatedArticles articles={article.related} currentSlug={article.slug} locale={site.language} />
      <JsonLdScript data={articlePageJsonLd(article, site, imageUrl)} />
    </>
  )
}
