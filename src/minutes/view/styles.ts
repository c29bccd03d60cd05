/** The minutes screen's styles: plain, legible on Payload's themes (its list-table header colours fail AA). */
export const MINUTES_STYLES = `
.sro-minutes { max-width: 60rem; margin-block-end: 6rem; }
.sro-minutes__all { border: 0; padding: 0; margin: 0; min-width: 0; }
.sro-minutes h2 { margin-block: 2rem 0.5rem; }
.sro-minutes h3 { margin-block: 0 0.75rem; }
.sro-minutes__table { overflow-x: auto; }
.sro-minutes__table table { border-collapse: collapse; width: 100%; }
.sro-minutes__table th, .sro-minutes__table td { border-bottom: 1px solid var(--theme-elevation-150); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; color: var(--theme-text); font-weight: normal; }
.sro-minutes__table thead th { font-weight: 600; }
.sro-minutes select, .sro-minutes input, .sro-minutes textarea { font: inherit; color: var(--theme-text); background: var(--theme-input-bg, var(--theme-elevation-0)); border: 1px solid var(--theme-elevation-400); border-radius: 3px; padding: 0.35rem 0.5rem; }
.sro-minutes textarea { width: 100%; }
.sro-minutes select:focus-visible, .sro-minutes input:focus-visible, .sro-minutes textarea:focus-visible, .sro-minutes a:focus-visible, .sro-minutes button:focus-visible, .sro-minutes__table:focus-visible { outline: 3px solid var(--theme-success-500, #2b6cb0); outline-offset: 2px; }
.sro-minutes__item { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: 1rem; margin-block: 1rem; }
.sro-minutes__item--sub { margin-inline-start: 2rem; }
.sro-minutes__decision, .sro-minutes__assignment { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: 0.75rem; margin-block: 0.75rem; }
.sro-minutes__decision legend, .sro-minutes__assignment legend { font-weight: 600; padding-inline: 0.25rem; }
.sro-minutes__field { display: grid; gap: 0.25rem; margin-block: 0.5rem; flex: 1 1 12rem; }
.sro-minutes__label { font-weight: 600; }
.sro-minutes__row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start; }
.sro-minutes__hint { color: var(--theme-elevation-800); font-size: 0.9em; }
.sro-minutes__error { color: var(--theme-error-750, #a4161a); font-weight: 600; display: block; }
.sro-minutes__field--error input, .sro-minutes__field--error textarea, .sro-minutes__field--error select { border-color: var(--theme-error-500, #a4161a); }
.sro-minutes__actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.sro-minutes__actions .btn, .sro-minutes__item > .btn { margin: 0.25rem 0; }
.sro-minutes__alert { border: 2px solid var(--theme-error-500, #a4161a); border-radius: 4px; padding: 1rem; margin-block: 1rem; }
.sro-minutes__save { position: sticky; bottom: 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding-block: 0.75rem; background: var(--theme-bg); border-top: 1px solid var(--theme-elevation-150); z-index: 1; }
.sro-minutes__save .btn { margin: 0; }
.sro-minutes__status { min-height: 1.5em; }
.sro-minutes__sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.sro-minutes-choose table { border-collapse: collapse; }
.sro-minutes-choose th, .sro-minutes-choose td { border-bottom: 1px solid var(--theme-elevation-150); padding: 0.4rem 0.75rem; text-align: left; color: var(--theme-text); }
`
