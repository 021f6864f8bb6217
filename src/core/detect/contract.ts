/**
 * What the detector's code reads from the rule data by name, declared in one place so that
 * `scripts/build-rules.ts` can refuse data that lacks it (with the file and the reason) instead
 * of the detector silently finding nothing. A test checks that the code reads no other name.
 */

/** Lexicon classes every language must define (read with `classes.get(name)` in detect/). */
export const REQUIRED_CLASSES = [
  'act', 'askAfter', 'askReader', 'cust', 'custAsk', 'custPays', 'deny', 'denyKeep', 'det3', 'fallbackStop', 'finite3', 'joiner',
  'neg', 'negCap', 'negCond', 'negNear', 'readerSubject', 'orgnoun', 'othersOwn', 'owner', 'priceFrom', 'quoteWord', 'servnoun', 'spokesRole', 'subj3',
  'team', 'we', 'weSubject', 'you'
] as const

/** Classes a language may leave out (the code then does without them). */
export const OPTIONAL_CLASSES = ['askArticle', 'waitFor'] as const

/** A class named `value<Family>` feeds the fallback for that claim family: it must exist. */
export function valueClassFamily(name: string): string | undefined {
  return name.length > 5 && name.startsWith('value') ? name[5]!.toLowerCase() + name.slice(6) : undefined
}

/**
 * Claim families the code names: it assigns `hedge` (a vague promise the organisation makes),
 * `excellence` (a superlative aimed at customers) and `custom` (the user's own phrases), and
 * treats `responsiveness` apart in a request to the reader. Every language must define them.
 */
export const REQUIRED_FAMILIES = ['custom', 'excellence', 'hedge', 'responsiveness'] as const

/** The family whose label and rewrites describe a finding whose family the data does not define. */
export const FALLBACK_FAMILY = 'custom'
