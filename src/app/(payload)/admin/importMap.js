import { AgendaBuilder as AgendaBuilder_8596ec51bce0823f387a315bc9812efe } from '../../../../collections/Meetings/components/AgendaBuilder'
import { SendPanel as SendPanel_bf2975725ce97cd5cdbfc6160210e03c } from '../../../../src/components/admin/SendPanel'
import { MeetingListMinutesLink as MeetingListMinutesLink_dd063e570567fc6957ec7b169f64c2f1 } from '../../../../src/minutes/view/MinutesLinks'
import { MeetingMinutesLink as MeetingMinutesLink_dd063e570567fc6957ec7b169f64c2f1 } from '../../../../src/minutes/view/MinutesLinks'
import { TimeSlotCell as TimeSlotCell_59be26abfc8ec614b03cd3860aed711d } from '../../../../collections/AgendaItems/components/TimeSlot'
import { TimeSlotField as TimeSlotField_59be26abfc8ec614b03cd3860aed711d } from '../../../../collections/AgendaItems/components/TimeSlot'
import { ItemDocumentsField as ItemDocumentsField_b008a64bce8369447b8704150aed4edd } from '../../../../collections/Attachments/components/ItemDocumentsField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { CurrentPasswordField as CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151 } from '../../../../collections/Users/components/CurrentPasswordField'
import { DecisionLogNavLink as DecisionLogNavLink_57a94db880e8aa331ae7ef92af815681 } from '../../../../src/components/admin/DecisionLog/NavLink'
import { ImportNavLink as ImportNavLink_33cd99ec6589f36f197118d786b4d36f } from '../../../../src/components/admin/ImportView/NavLink'
import { MinutesNavLink as MinutesNavLink_dd063e570567fc6957ec7b169f64c2f1 } from '../../../../src/minutes/view/MinutesLinks'
import { ArshjulNavLink as ArshjulNavLink_d1eef8a1eebec9615eb8d5797237a7fc } from '../../../../plugins/arshjul/exports/rsc'
import { DecisionLogWidget as DecisionLogWidget_e2c82b6b47b7f52bc12e5450e7ab1184 } from '../../../../src/components/admin/DecisionLog/DashboardWidget'
import { ImportView as ImportView_0408358898c494abd4a6b9fd26246658 } from '../../../../src/components/admin/ImportView'
import { MinutesView as MinutesView_8b54e70d361e01ae70c54163d6e02720 } from '../../../../src/minutes/view/MinutesView'
import { DecisionLogView as DecisionLogView_436a29144efb7c8d3b94ca0b494e5dcf } from '../../../../src/components/admin/DecisionLog/DecisionLogView'
import { ArshjulAdminView as ArshjulAdminView_d1eef8a1eebec9615eb8d5797237a7fc } from '../../../../plugins/arshjul/exports/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/Meetings/components/AgendaBuilder#AgendaBuilder": AgendaBuilder_8596ec51bce0823f387a315bc9812efe,
  "/src/components/admin/SendPanel#SendPanel": SendPanel_bf2975725ce97cd5cdbfc6160210e03c,
  "/src/minutes/view/MinutesLinks#MeetingListMinutesLink": MeetingListMinutesLink_dd063e570567fc6957ec7b169f64c2f1,
  "/src/minutes/view/MinutesLinks#MeetingMinutesLink": MeetingMinutesLink_dd063e570567fc6957ec7b169f64c2f1,
  "/collections/AgendaItems/components/TimeSlot#TimeSlotCell": TimeSlotCell_59be26abfc8ec614b03cd3860aed711d,
  "/collections/AgendaItems/components/TimeSlot#TimeSlotField": TimeSlotField_59be26abfc8ec614b03cd3860aed711d,
  "/collections/Attachments/components/ItemDocumentsField#ItemDocumentsField": ItemDocumentsField_b008a64bce8369447b8704150aed4edd,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/collections/Users/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151,
  "/src/components/admin/DecisionLog/NavLink#DecisionLogNavLink": DecisionLogNavLink_57a94db880e8aa331ae7ef92af815681,
  "/src/components/admin/ImportView/NavLink#ImportNavLink": ImportNavLink_33cd99ec6589f36f197118d786b4d36f,
  "/src/minutes/view/MinutesLinks#MinutesNavLink": MinutesNavLink_dd063e570567fc6957ec7b169f64c2f1,
  "/plugins/arshjul/exports/rsc#ArshjulNavLink": ArshjulNavLink_d1eef8a1eebec9615eb8d5797237a7fc,
  "/src/components/admin/DecisionLog/DashboardWidget#DecisionLogWidget": DecisionLogWidget_e2c82b6b47b7f52bc12e5450e7ab1184,
  "/src/components/admin/ImportView#ImportView": ImportView_0408358898c494abd4a6b9fd26246658,
  "/src/minutes/view/MinutesView#MinutesView": MinutesView_8b54e70d361e01ae70c54163d6e02720,
  "/src/components/admin/DecisionLog/DecisionLogView#DecisionLogView": DecisionLogView_436a29144efb7c8d3b94ca0b494e5dcf,
  "/plugins/arshjul/exports/rsc#ArshjulAdminView": ArshjulAdminView_d1eef8a1eebec9615eb8d5797237a7fc,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
