'use client'
/**
 * An agenda item's Dokument field: Payload's relationship select, plus "Ladda upp nytt dokument", which opens the
 * document drawer with the type that fits the item (Beslutsunderlag under Ställningstagande) and, once the document is
 * saved, links it to the item and closes the drawer. Payload's own "+" keeps its drawer open on the new document, so
 * staff chose it again; this button replaces it (allowCreate is off on the field).
 */
import { RelationshipField, useDocumentDrawer, useField, useFormFields } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'

import { defaultAttachmentCategory } from '../defaultCategory'

type Related = string | { id: string } | { relationTo: string; value: string }
const idOf = (value: Related) =>
  typeof value === 'string' ? value : 'value' in value ? String(value.value) : String(value.id)

export const ItemDocumentsField: RelationshipFieldClientComponent = (props) => {
  const { value, setValue } = useField<Related[] | null>({ path: props.path })
  const handling = useFormFields(([fields]) => fields.handling?.value) as string[] | string | null | undefined
  const [DocumentDrawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: 'attachments' })
  const isReadOnly = props.readOnly || props.field.admin?.readOnly
  return (
    <div className="item-documents">
      <RelationshipField {...props} />
      {!isReadOnly && (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={openDrawer}>
          Ladda upp nytt dokument
        </button>
      )}
      <DocumentDrawer
        initialData={{ category: defaultAttachmentCategory(handling) }}
        onSave={({ doc, operation }) => {
          if (operation !== 'create' || !doc?.id) return
          const ids = (value ?? []).map(idOf)
          if (!ids.includes(String(doc.id))) setValue([...ids, String(doc.id)])
          closeDrawer()
        }}
      />
    </div>
  )
}
