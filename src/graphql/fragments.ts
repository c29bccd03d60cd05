import { type DocumentNode, Kind, type SelectionSetNode } from 'graphql'

function spreadsIn(selectionSet: SelectionSetNode, found: Set<string> = new Set()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) found.add(selection.name.value)
    else if (selection.selectionSet) spreadsIn(selection.selectionSet, found)
  }
  return found
}

/**
 * The first fragment that spreads into itself (directly or through others), or null. graphql reports a cycle as a
 * validation error, but Payload's complexity rule runs beside it and recurses until the stack overflows (a 500):
 * the route refuses the cycle before Payload sees it.
 */
export function fragmentCycle(document: DocumentNode): string | null {
  const spreads = new Map<string, Set<string>>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
  }
  const done = new Set<string>()
  const onPath = new Set<string>()
  const visit = (name: string): string | null => {
    if (onPath.has(name)) return name
    if (done.has(name) || !spreads.has(name)) return null
    onPath.add(name)
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    onPath.delete(name)
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name)
    if (cycle) return cycle
  }
  return null
}
