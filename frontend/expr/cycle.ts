/** Cyclic calculations; mirrors org.oneform.forms.expr.CycleCheck (same visiting order, same answer). */

/**
 * The first cycle in a dependency graph (id → ids it depends on), first id repeated at the end
 * (`['a', 'b', 'a']`), or null. Ids are visited in sorted order (UTF-16, like Java's String order).
 */
export function findCycle(dependencies: ReadonlyMap<string, Iterable<string>>): string[] | null {
  const done = new Set<string>();
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  const visit = (id: string, path: string[]): string[] | null => {
    const index = path.indexOf(id);
    if (index >= 0) return [...path.slice(index), id];
    if (done.has(id)) return null;
    path.push(id);
    for (const next of sorted(dependencies.get(id) ?? [])) {
      const cycle = visit(next, path);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(id);
    return null;
  };
  for (const id of sorted(dependencies.keys())) {
    const cycle = visit(id, []);
    if (cycle) return cycle;
  }
  return null;
}
