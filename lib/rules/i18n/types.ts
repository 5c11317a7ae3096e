/** English text as the rule set holds it → the same text in another language. */
export type Catalogue = Readonly<Record<string, string>>;

/**
 * A text the engine builds from parts (a date, a list of points, an Annex III title), which no list of whole texts
 * can hold: the English as a pattern whose groups are the parts, and the translation made from them. `part`
 * translates a part that is itself a rule-set text; dates and citations are kept as they are.
 */
export type CataloguePattern = {
  english: RegExp;
  render: (parts: [string, string, string], part: (english: string) => string) => string;
};
