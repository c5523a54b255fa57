// "The minority leader", "the shadow chancellor", "the home secretary": the words before a role noun that
// make it another office. The mention points only at someone the article gave those words too, so "the
// minority leader" is not the majority leader named last, nor "the shadow chancellor" the chancellor.

/** Words that tell one office of a role noun from another. */
const ROLE_MODIFIERS = new Set(
  (
    'minority majority shadow deputy vice prime home foreign defence defense health education culture ' +
    'interior finance economy justice energy environment transport treasury trade labor work pensions ' +
    'opposition lieutenant assistant attorney'
  ).split(' '),
);

/** The office words of a role mention ("the Senate minority leader" → ["minority"]), in lower case. */
export function readRoleModifiers(written: string): string[] {
  return written
    .toLowerCase()
    .split(/\s+/u)
    .slice(0, -1)
    .filter((w) => ROLE_MODIFIERS.has(w));
}

/** Office words of a lesser office: "the prime minister" is not the deputy prime minister. */
const LESSER = ['deputy', 'shadow', 'vice', 'assistant', 'lieutenant'];

/**
 * True when `roles` holds every office word of the mention, and no word of a lesser office the mention
 * does not have.
 */
export function holdsModifiers(roles: ReadonlySet<string>, modifiers: readonly string[]): boolean {
  return modifiers.every((m) => roles.has(m)) && LESSER.every((w) => !roles.has(w) || modifiers.includes(w));
}
