import { ConsentEmbed } from '@/components/consent/ConsentEmbed'
import { safeExternalHref } from '@/components/hrefs'
import { embedRender } from '@/lib/consent/embeds'
import { EmbedPlaceholder, embedServiceName, type EmbedPlaceholderProps } from './EmbedPlaceholder'

/**
 * An article embed: the consent-gated island, given everything it needs worked out here on the server (the
 * player or post to show once allowed, the safe link, the placeholder markup), so URL parsing ships no JS.
 */
export function ArticleEmbed(props: EmbedPlaceholderProps) {
  const { service, url, title, caption } = props
  return (
    <ConsentEmbed
      service={service}
      title={title}
      caption={caption}
      serviceName={embedServiceName(service)}
      href={safeExternalHref(url)}
      render={embedRender(service, url)}
    >
      <EmbedPlaceholder {...props} />
    </ConsentEmbed>
  )
}
