type UnionToIntersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  part: infer Intersection,
) => void
  ? Intersection
  : never;

/** One object type rather than an intersection, so i18next's key paths read it like a literal. */
type Combined<Parts extends readonly object[]> = {
  [Key in keyof UnionToIntersection<Parts[number]>]: UnionToIntersection<Parts[number]>[Key];
};

/**
 * The shared translations and each feature's, as the one resource i18next reads. Spreading them
 * would let a feature's top-level key silently replace another's of the same name, so a clash
 * throws as the app loads.
 */
export function combineTranslations<Parts extends readonly object[]>(...parts: Parts): Combined<Parts> {
  const combined: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in combined) throw new Error(`Two translation files define the top-level key "${key}".`);
      combined[key] = value;
    }
  }
  return combined as Combined<Parts>;
}
