/**
 * Payload 3.90.1's edit-lock dialog ("Dokument låst") and lock badge name the other person by e-mail or id, ignoring
 * the users' `useAsTitle`, and date the lock in US English ("Nov 30, 2026, 4:38 AM"), ignoring `admin.dateFormat`.
 * Neither has a component slot, and the edit and list views reach them inside @payloadcms/ui's one client bundle, so
 * neither a custom component nor a bundler alias can replace them. This script makes those few exact edits in the
 * installed files; `postinstall` runs it on every `npm install` / `npm ci`.
 *
 * Why not patch-package: the bundle's lines are up to 190 KB of minified code, so its patch file would be ~700 KB
 * nobody can review. Here every edit is a short search/replace that is applied once (a second run changes nothing)
 * and fails the install loudly when the text is not found (another Payload version: check the edits again).
 * tests/unit/lockDisplay.test.ts fails when the installed files are not patched (e.g. `npm ci --ignore-scripts`).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PAYLOAD_UI_VERSION = '3.90.1'

/** "2026-11-30 09:38": the admin's date format (yyyy-MM-dd HH:mm), Swedish time on server and browser alike. */
export const LOCK_DATE_OPTIONS = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Stockholm',
}
const swedishDateFormat = `new Intl.DateTimeFormat("sv-SE",${JSON.stringify(LOCK_DATE_OPTIONS)})`

/** Each edit: a file under @payloadcms/ui/dist, the exact text Payload ships, and what it becomes. */
export const EDITS = [
  // The client bundle: the edit view's lock dialog (person, date) and the list's lock badge (person).
  {
    file: 'exports/client/index.js',
    from: 'hg(l)?l.email??l.id:',
    to: 'hg(l)?l.name??l.email??l.id:',
  },
  {
    file: 'exports/client/index.js',
    from: 'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"})',
    to: swedishDateFormat,
  },
  {
    file: 'exports/client/index.js',
    from: 'hg(n)?n.email??n.id:i("general:anotherUser")',
    to: 'hg(n)?n.name??n.email??n.id:i("general:anotherUser")',
  },
  // The same components as single modules (the dashboard's cards import Locked from here).
  {
    file: 'elements/DocumentLocked/index.js',
    from: 'isClientUserObject(user) ? user.email ?? user.id',
    to: 'isClientUserObject(user) ? user.name ?? user.email ?? user.id',
  },
  {
    file: 'elements/DocumentLocked/index.js',
    from: `new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    hour: 'numeric',
    hour12: true,
    minute: 'numeric',
    month: 'short',
    year: 'numeric'
  })`,
    to: swedishDateFormat,
  },
  {
    file: 'elements/Locked/index.js',
    from: 'isClientUserObject(user) ? user.email ?? user.id',
    to: 'isClientUserObject(user) ? user.name ?? user.email ?? user.id',
  },
]

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const payloadUiDir = (root = projectRoot) => path.join(root, 'node_modules', '@payloadcms', 'ui')

const count = (text, part) => text.split(part).length - 1

/** Whether one edit is in place in a file's text: the new text once, the shipped text gone. */
export const isApplied = (text, edit) => count(text, edit.to) === 1 && count(text, edit.from) === 0

export function applyEdits({ root = projectRoot } = {}) {
  const dir = payloadUiDir(root)
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  if (version !== PAYLOAD_UI_VERSION)
    throw new Error(`@payloadcms/ui is ${version}, these edits are for ${PAYLOAD_UI_VERSION}: check them again`)
  const changed = []
  for (const file of new Set(EDITS.map((edit) => edit.file))) {
    const full = path.join(dir, 'dist', file)
    const original = readFileSync(full, 'utf8')
    let text = original
    for (const edit of EDITS.filter((candidate) => candidate.file === file)) {
      if (isApplied(text, edit)) continue
      if (count(text, edit.from) !== 1)
        throw new Error(`@payloadcms/ui/dist/${file}: expected the text once: ${edit.from.slice(0, 80)}`)
      text = text.replace(edit.from, () => edit.to)
      changed.push(file)
    }
    if (text === original) continue
    // A new file renamed into place: a build reading it meanwhile never sees half a file, and copies of
    // node_modules made with hard links (cp -al) keep their own version.
    writeFileSync(`${full}.patching`, text)
    renameSync(`${full}.patching`, full)
  }
  return changed
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const changed = applyEdits()
    console.log(`patch-payload-ui: ${changed.length} edits applied (${EDITS.length - changed.length} already in place)`)
  } catch (error) {
    console.error(`patch-payload-ui: ${error.message}`)
    process.exit(1)
  }
}
