/** Plain, high-contrast styles for the plugin's views (Payload's own table classes are too faint for WCAG AA). */
export const TABLE_STYLES = `
.arshjul-table { overflow-x: auto; }
.arshjul-table table { border-collapse: collapse; width: 100%; }
.arshjul-table th, .arshjul-table td { border: 1px solid #8a8a8a; padding: 0.5rem; text-align: left; vertical-align: top; }
.arshjul-table caption { text-align: left; font-weight: 700; padding-block: 0.5rem; }
.arshjul-table ul { margin: 0; padding-left: 1rem; }
.arshjul-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; vertical-align: middle; }
@media print { .arshjul-table th, .arshjul-table td { border-color: #000; } .arshjul-actions, .arshjul-filter { display: none; } }
`

export const ADMIN_STYLES = `${TABLE_STYLES}
.arshjul-admin .arshjul-table th, .arshjul-admin .arshjul-table td { color: var(--theme-text); }
.arshjul-layout { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; margin-block: 1rem; }
.arshjul-legend { list-style: none; padding: 0; }
.arshjul-filter { margin-block: 1rem; }
.arshjul-button { padding: 0.25rem 0.75rem; border: 1px solid var(--theme-text); background: var(--theme-bg); color: var(--theme-text); border-radius: 4px; cursor: pointer; }
.arshjul-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`
