import type React from 'react'

/**
 * A wide table on a narrow screen (WCAG 1.4.10): a labelled region that scrolls sideways on its own, reachable and
 * scrollable by keyboard (tabindex 0, arrow keys), with a visible hint so that hidden columns are not a surprise.
 */
export function ScrollRegion({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="scroll-region">
      <p className="scroll-hint" id={`${id}-hint`}>
        Får inte alla kolumner plats på skärmen, rulla tabellen i sidled (med tangentbordet: markera tabellen och använd piltangenterna).
      </p>
      <div className="table-scroll" id={id} role="region" aria-label={label} aria-describedby={`${id}-hint`} tabIndex={0}>
        {children}
      </div>
    </div>
  )
}
