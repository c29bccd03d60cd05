/** "Beslutslogg" in the admin navigation, after the collections. */
export function DecisionLogNavLink() {
  return (
    <a className="nav__link decision-log-nav-link" href="/admin/beslutslogg">
      <span className="nav__link-label">Beslutslogg</span>
    </a>
  )
}
