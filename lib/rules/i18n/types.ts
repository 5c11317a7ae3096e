/** English text as the rule set holds it → the same text in another language. */
export type Catalogue = Readonly<Record<string, string>>;
