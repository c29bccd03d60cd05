import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type React from 'react'

import { isArshjulPublic } from '@/lib/public/arshjul'
import { publicSiteSettings } from '@/lib/public/siteSettings'
// In cascade order: later files override earlier ones (print and small screens after the screen rules).
import './styles/base.css'
import './styles/print.css'
import './styles/decision-log.css'
import './styles/small-screens.css'
import './styles/draft-mode.css'
import './styles/arshjul.css'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await publicSiteSettings()
  return {
    alternates: { types: { 'application/atom+xml': '/feed.xml', 'text/calendar': '/moten.ics' } },
    title: { default: siteName, template: '%s – SRO' },
    description:
      'Kallelser, mötesanteckningar och beslut från SRO, samrådet mellan Västra Götalandsregionen och Västra Götalands 49 kommuner.',
    // Static files in public/ (not an app/icon route): the same files serve the pages and, later, the PDFs.
    icons: {
      icon: [
        { url: '/favicon.svg', type: 'image/svg+xml' },
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      ],
      apple: '/apple-touch-icon.png',
    },
  }
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  // Reading draft mode does not make cached pages dynamic: a prerender sees it off.
  const [hasArshjul, settings, { isEnabled: isPreview }] = await Promise.all([
    isArshjulPublic(),
    publicSiteSettings(),
    draftMode(),
  ])
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        {isPreview && (
          <div className="preview-bar" role="region" aria-label="Förhandsgranskning">
            <p>
              Förhandsgranskning pågår: sidor kan visa utkast som inte är publicerade.{' '}
              <a href="/preview/avsluta">Avsluta förhandsgranskning</a>
            </p>
          </div>
        )}
        <header className="site-header">
          <a className="site-name" href="/">
            {/* Decorative: the link's name is the site name beside it. */}
            <img className="site-logo" src="/logo.svg" alt="" width={140} height={32} />
            {settings.siteName}
          </a>
          <nav aria-label="Huvudmeny">
            <ul>
              <li>
                <a href="/moten">Möten</a>
              </li>
              <li>
                <a href="/arenden">Ärenden</a>
              </li>
              {hasArshjul && (
                <li>
                  <a href="/arshjul">Årshjul</a>
                </li>
              )}
              <li>
                <a href="/beslutslogg">Beslutslogg</a>
              </li>
              <li>
                <a href="/om-sro">Om SRO</a>
              </li>
              <li>
                <a href="/sok">Sök</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="innehall">{children}</main>
        <footer className="site-footer">
          <p>{settings.tagline ?? settings.siteName}</p>
          {(settings.contact.email || settings.contact.phone || settings.contact.address) && (
            <address>
              {settings.contact.address && <span className="footer-address">{settings.contact.address}</span>}
              {settings.contact.email && (
                <span>
                  E-post: <a href={`mailto:${settings.contact.email}`}>{settings.contact.email}</a>
                </span>
              )}
              {settings.contact.phone && <span>Telefon: {settings.contact.phone}</span>}
            </address>
          )}
          <ul className="footer-links">
            {settings.footerLinks.map((link) => (
              <li key={`${link.url}-${link.label}`}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
            <li>
              <a href="/moten.ics">Prenumerera på mötena (iCal)</a>
            </li>
            <li>
              <a href="/feed.xml">Nyhetsflöde (Atom)</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  )
}
