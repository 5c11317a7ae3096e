import type { Catalogue } from "../types";

// questionnaire texts in this language, keyed by the English text the rule set holds (see lib/rules/i18n/index.ts).
export const QUESTIONNAIRE: Catalogue = {};
