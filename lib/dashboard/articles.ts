// Article text that identifies the FRIA and registration duties among a system's obligations, shared by the
// dashboard's SQL and its drill-down links (the obligations list's `article` filter matches by contained text).
// The engine derives the Art 27 duty exactly when facets.friaRequired is true and an Art 49 duty exactly when
// facets.registrationRequired is true, so these obligations stand for the facets without reading result JSON.
export const FRIA_ARTICLE = "Art 27";
export const REGISTRATION_ARTICLE = "Art 49";
