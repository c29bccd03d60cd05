import { RichText } from '@payloadcms/richtext-lexical/react'

import { isLinkTarget } from '@/lib/sitePath'
import type { Page } from '@/payload-types'
import { Paragraphs } from './Paragraphs'
import { safeLinkConverters } from './richTextLinks'

type Block = NonNullable<Page['layout']>[number]

/** Communicator page content: each block type rendered as plain semantic HTML. */
export function PageBlocks({ blocks }: { blocks: Page['layout'] }) {
  return (
    <>
      {(blocks ?? []).map((block: Block, index) => {
        switch (block.blockType) {
          case 'richText':
            return (
              <RichText
                key={block.id ?? index}
                data={block.content as never}
                converters={safeLinkConverters}
                className="rich-text"
              />
            )
          case 'linkList':
            return (
              <section key={block.id ?? index} className="link-list">
                {block.heading && <h2>{block.heading}</h2>}
                <ul>
                  {(block.links ?? []).map((link) => (
                    // Checked when saved; a link that breaks the rule anyway is shown as text, never as an href.
                    <li key={link.id ?? link.url}>
                      {isLinkTarget(link.url) ? <a href={link.url}>{link.label}</a> : link.label}
                    </li>
                  ))}
                </ul>
              </section>
            )
          case 'contact':
            return (
              <section key={block.id ?? index} className="contact">
                {block.heading && <h2>{block.heading}</h2>}
                <ul>
                  {(block.people ?? []).map((person) =>
                    typeof person === 'object' ? (
                      <li key={person.id}>
                        {person.name}
                        {person.title ? `, ${person.title}` : ''}
                      </li>
                    ) : null,
                  )}
                </ul>
                <Paragraphs text={block.text} />
              </section>
            )
          default:
            return null
        }
      })}
    </>
  )
}
