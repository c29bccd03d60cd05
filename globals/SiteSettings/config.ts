import type { GlobalConfig } from 'payload'

import { anyone, canWrite } from '@/access'
import { linkUrlField } from '@/fields/linkTarget'
import { revalidateWholeSite } from '@/lib/revalidate'
import { standingItemsField } from './standingItems'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Webbplatsinställningar',
  admin: { group: 'Webbplats' },
  access: { read: anyone, update: canWrite('siteSettings') },
  // Name, footer and contact stand on every page.
  hooks: { afterChange: [revalidateWholeSite] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      label: 'Webbplatsens namn',
      required: true,
      defaultValue: 'SRO – Politiskt samrådsorgan',
    },
    {
      name: 'tagline',
      type: 'text',
      label: 'Undertitel',
      defaultValue: 'Samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner',
    },
    {
      name: 'contact',
      type: 'group',
      label: 'Kontakt',
      fields: [
        { name: 'email', type: 'email', label: 'E-post' },
        { name: 'phone', type: 'text', label: 'Telefon' },
        { name: 'address', type: 'textarea', label: 'Adress' },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: 'Länkar i sidfoten',
      // Without labels Payload names the rows from the field name: "Footer Link 01", "Lägg till Footer Link".
      labels: { singular: 'Länk', plural: 'Länkar' },
      fields: [{ name: 'label', type: 'text', label: 'Text', required: true }, linkUrlField()],
    },
    { name: 'accessibilityStatement', type: 'relationship', label: 'Tillgänglighetsredogörelse', relationTo: 'pages' },
    standingItemsField,
  ],
}
