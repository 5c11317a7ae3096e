import type { Catalogue } from "../types";
import { FINDINGS_A } from "./engine/findings-a";
import { FINDINGS_B } from "./engine/findings-b";
import { LABELS } from "./engine/labels";
import { OBLIGATIONS_A } from "./engine/obligations-a";
import { OBLIGATIONS_B } from "./engine/obligations-b";
import { RESULT_TEXTS } from "./engine/result-texts";

export { PATTERNS as ENGINE_PATTERNS } from "./engine/patterns";

// engine texts in this language, keyed by the English text the rule set holds (see lib/rules/i18n/index.ts).
export const ENGINE: Catalogue = {
  ...LABELS,
  ...OBLIGATIONS_A,
  ...OBLIGATIONS_B,
  ...RESULT_TEXTS,
  ...FINDINGS_A,
  ...FINDINGS_B,
};
