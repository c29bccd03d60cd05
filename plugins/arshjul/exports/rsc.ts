/** The admin's server components, referenced by path from the plugin (`/plugins/arshjul/exports/rsc#…`). */
export { ArshjulAdminView } from '../components/AdminView'
export { ArshjulNavLink } from '../components/NavLink'
