// A hyphened word that describes a name rather than being part of it: "Paris-based", "Fly-half",
// "Co-creator", "Fifteen-year-old", "Grandmother-of-three". Its tail is in lower case, so "Jean-Pierre"
// and "Al-Assad" are names; a short tail must be one of a few ("Blu-ray", "Dai-ichi" and "Co-op" stay).
export const DESCRIBER = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)*-(?:\p{Ll}{4,}|old|led|run|set|top)$/u;

/** A capital word joined to a describing participle: "Radio-enabled", "Prize-winning", "Texas-based". */
export const DESCRIBING_TAIL =
  /^\p{Lu}\S*-(?:based|enabled|winning|born|backed|owned|funded|led|run|style|made|friendly|related|powered|bound)$/u;
