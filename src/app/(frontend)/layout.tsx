import type { Metadata } from 'next'
import type React from 'react'

import { isArshjulPublic } from '../../lib/public/arshjul'
import './styles.css'

export const metadata: Metadata = {
  alternates: { types: { 'application/atom+xml': '/feed.xml', 'text/calendar': '/moten.ics' } },
  title: { default: 'SRO – Politiskt samrådsorgan', template: '%s – SRO' },
  description: 'Kallelser, mötesanteckningar och beslut från SRO, samrådet mellan Västra Götalandsregionen och Västra Götalands 49 kommuner.',
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const hasArshjul = await isArshjulPublic()
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            SRO – Politiskt samrådsorgan
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
          <p>SRO – samråd mellan Västra Götalandsregionen och Västra Götalands 49 kommuner.</p>
          <ul className="footer-links">
            <li>
              <a href="/tillganglighet">Tillgänglighetsredogörelse</a>
            </li>
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
