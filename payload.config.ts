import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'

import { AgendaItems } from './collections/AgendaItems'
import { Assignments } from './collections/Assignments'
import { linkPromotedReportBack } from './collections/Assignments/reportBack/hooks'
import { Attachments } from './collections/Attachments'
import { MAX_UPLOAD_BYTES } from './collections/Attachments/fileRules'
import { Cases } from './collections/Cases'
import { Decisions } from './collections/Decisions'
import { ImportRuns } from './collections/ImportRuns'
import { Meetings } from './collections/Meetings'
import { Memberships } from './collections/Memberships'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { People } from './collections/People'
import { ProgressNotes } from './collections/ProgressNotes'
import { Sendings } from './collections/Sendings'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings/config'
import { capAnonymousLimits } from './src/access/capAnonymousLimit'
import { hideTrashFromPublic } from './src/access/hideTrashFromPublic'
import { refuseRelatedSorts } from './src/access/refuseRelatedSort'
import { graphqlBudget } from './src/graphql/budget'
import { graphqlLimitRules } from './src/graphql/validationRules'
import { demoteClientErrors } from './src/config/clientErrorLogging'
import { resolveSecret } from './src/config/secret'
import { siteEditor } from './src/fields/editor'
import { svOverrides } from './src/i18n/sv'
import { swedishSeoFields } from './src/i18n/seo'
import { restHardening } from './src/http/plugin'
import { keepPublishedOnPlainUpdates } from './src/versions/keepPublished'
import { databaseAdapter } from './src/db/adapter'
import { emailAdapter } from './src/email/adapter'
import { importEndpoint } from './src/import/endpoint'
import { minutesEndpoint } from './src/minutes/endpoint'
import { assignmentRemindersTask } from './src/jobs/assignmentReminders'
import { revalidateArchive } from './src/lib/revalidate'
import { arshjulPlugin } from './plugins/arshjul/exports'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`

const collections = [
  Meetings,
  AgendaItems,
  Decisions,
  Assignments,
  ProgressNotes,
  Cases,
  Attachments,
  Organisations,
  People,
  Memberships,
  Pages,
  ImportRuns,
  Sendings,
  Users,
]

export default buildConfig({
  secret: resolveSecret({ env: process.env }),
  serverURL,
  telemetry: false,
  // Refused requests (4xx) are logged at info, failures at error (src/config/clientErrorLogging.ts).
  onInit: (payload) => demoteClientErrors(payload.logger),
  db: databaseAdapter({ databaseUri: process.env.DATABASE_URI }),
  // Lexical with links held to the site's link rule (no javascript:, data: or vbscript:).
  editor: siteEditor,
  // SMTP when SMTP_HOST is set; otherwise Payload's console adapter prints e-mails to the log (development).
  email: emailAdapter({ env: process.env }),
  collections,
  globals: [SiteSettings],
  endpoints: [importEndpoint, minutesEndpoint],
  i18n: {
    supportedLanguages: { sv, en },
    fallbackLanguage: 'sv',
    // Where Payload's Swedish reads as translated English (src/i18n/sv.ts).
    translations: { sv: svOverrides },
  },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – SRO-arkivet' },
    // No Gravatar: the admin sends nothing about staff to other sites, and its CSP allows images from here only.
    avatar: 'default',
    components: {
      views: {
        importera: { Component: '/src/components/admin/ImportView#ImportView', path: '/importera' },
        // The minutes screen: /protokollfor (choose a meeting) and /protokollfor/<meetingId> (src/minutes/).
        protokollfor: { Component: '/src/minutes/view/MinutesView#MinutesView', path: '/protokollfor' },
        decisionLog: {
          Component: '/src/components/admin/DecisionLog/DecisionLogView#DecisionLogView',
          path: '/beslutslogg',
          exact: true,
        },
      },
      afterNavLinks: [
        '/src/components/admin/DecisionLog/NavLink#DecisionLogNavLink',
        '/src/components/admin/ImportView/NavLink#ImportNavLink',
        '/src/minutes/view/MinutesLinks#MinutesNavLink',
      ],
      beforeDashboard: ['/src/components/admin/DecisionLog/DashboardWidget#DecisionLogWidget'],
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Stockholm', value: 'Europe/Stockholm' }],
      defaultTimezone: 'Europe/Stockholm',
    },
  },
  upload: {
    // Reject oversized files with 413 instead of silently truncating them (Payload's default).
    limits: { fileSize: MAX_UPLOAD_BYTES },
    // The whole request may be a little larger than the file (form fields), so the file limit answers first.
    requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
    abortOnLimit: true,
    responseOnLimit: 'Filen är för stor. Största tillåtna storlek är 50 MB.',
  },
  csrf: [serverURL],
  cors: [serverURL],
  // Depth, a cost that multiplies by list sizes, and a runtime budget per request; the route bounds body and query
  // (src/graphql/). maxComplexity stays as Payload's own field count.
  graphQL: { maxComplexity: 500, disablePlaygroundInProduction: true, validationRules: graphqlLimitRules },
  jobs: {
    tasks: [assignmentRemindersTask],
    // Scheduled publishing and the morning reminders need a runner; the server runs due jobs every minute.
    // Off in tests and benchmarks: no crons at all, since Payload's scheduler writes every minute even when nothing runs.
    autoRun: () =>
      process.env.PAYLOAD_DISABLE_AUTORUN === 'true' ? [] : [{ cron: '* * * * *', limit: 20, queue: 'default' }],
  },
  plugins: [
    arshjulPlugin({
      meetings: {
        slug: 'meetings',
        fields: {
          startsAt: 'startsAt',
          endsAt: 'endsAt',
          title: 'title',
          slug: 'slug',
          kind: 'kind',
          status: 'state',
          location: 'location',
        },
        cancelledStatus: 'cancelled',
        kindNotes: { presidieavstamning: 'presidieavstämning' },
        publicPath: '/moten/{slug}',
        calendar: {
          sro: { value: 'ordinarie', label: 'SRO', start: '13:00', end: '15:00' },
          presidium: { value: 'presidieavstamning', label: 'Presidieavstämning', start: '09:00', end: '10:00' },
          data: { body: 'SRO', state: 'planned' },
        },
      },
      agendaItems: {
        slug: 'agenda-items',
        fields: {
          meeting: 'meeting',
          title: 'title',
          parent: 'parent',
          number: 'number',
          order: 'order',
          handling: 'handling',
          durationMinutes: 'durationMinutes',
          presenters: 'presenters',
          case: 'case',
        },
        data: { isPublic: true },
      },
      relations: { organisations: 'organisations', people: 'people', cases: 'cases' },
      timeZone: 'Europe/Stockholm',
      editRoles: ['admin', 'beredning', 'sekreterare'],
      deleteRoles: ['admin'],
      adminGroup: 'Möten',
      afterChange: [revalidateArchive, linkPromotedReportBack],
      afterDelete: [revalidateArchive],
    }),
    seoPlugin({
      collections: ['pages'],
      uploadsCollection: undefined,
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} – SRO`,
      tabbedUI: false,
      fields: swedishSeoFields,
    }),
    // Last, so they see every collection.
    capAnonymousLimits,
    refuseRelatedSorts,
    hideTrashFromPublic,
    graphqlBudget,
    // Bad input that reaches the database answers 400; a file missing on disk answers 404 (src/http/).
    restHardening,
    // An update without _status never unpublishes a document with a pending draft (src/versions/).
    keepPublishedOnPlainUpdates,
  ],
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: process.env.VITEST !== 'true' && process.env.NODE_ENV !== 'production',
  },
})
