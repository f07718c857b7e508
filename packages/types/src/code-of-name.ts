/**
 * A stable identifier made from a name, as the demo's codes are made: "Göteborgs Stad" →
 * goteborgs-stad, "Kund och ägare" → kund-och-agare. At most 50 characters; `fallback` when the
 * name holds no letter or digit a code can keep.
 */
export function codeOfName(name: string, fallback: string): string {
  const code = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return code || fallback;
}

/** `base`, or `base-2`, `base-3` … : the first that none of `taken` has. */
export function freeCode(base: string, taken: Iterable<string>): string {
  const codes = new Set(taken);
  if (!codes.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!codes.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
