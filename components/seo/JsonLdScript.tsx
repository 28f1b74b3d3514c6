import { serializeJsonLd, type JsonLd } from '@/lib/seo/json-ld'

/** Structured data for search engines; serializeJsonLd escapes `<` so the text cannot close the tag. */
export function JsonLdScript({ data }: { data: JsonLd | JsonLd[] }) {
  const items = Array.isArray(data) ? data : [data]
  return (
    <>
      {items.map((item, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
      ))}
    </>
  )
}
