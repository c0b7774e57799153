/**
 * Strings the spec checks refuse, one of each class of docs/characters.md: the fuzz and the verbatim
 * test both draw on them.
 */
export const REFUSED_STRINGS: readonly string[] = [
  'bell\u0007',
  'nul\u0000byte',
  'non\uFFFEcharacter',
  'lone \uD800 surrogate',
  'override \u202Eevil',
  'isolate \u2066x\u2069',
  'zero\u200Dwidth',
  'bom\uFEFFinside',
  'line\u2028separator',
  'emoji \u2764\uFE0F',
  'soft\u00ADhyphen',
];
