/** English message (numbers written as "{n}") → the same message in one language, with the same "{n}"s in order. */
export type ValidationCatalogue = Readonly<Record<string, string>>;
