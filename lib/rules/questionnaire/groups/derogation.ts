import { DEROGATION_CONDITIONS, DEROGATION_STATUS } from "../../profile/options";
import { ANNEX3_CANDIDATE, options } from "../shared";
import type { QuestionGroup } from "../types";

const CLAIMED = { field: "derogationConditions", includesAny: DEROGATION_CONDITIONS } as const;

export const DEROGATION_GROUP: QuestionGroup = {
  id: "derogation",
  title: "Art 6(3) derogation",
  questions: [
    {
      id: "derogationConditions",
      prompt: "Does any of these describe the system, so that it does not materially influence the outcome of decisions?",
      help: "An Annex III system is not high-risk if at least one holds. Leave empty if none applies. Commission guidelines on these conditions are still in draft.",
      citation: "Art 6(3), first subparagraph, points (a)-(d)",
      type: "multi",
      when: ANNEX3_CANDIDATE,
      options: options(DEROGATION_CONDITIONS, {
        narrow_procedural: "It performs a narrow procedural task",
        improves_human_activity: "It improves the result of a previously completed human activity",
        detects_patterns: "It detects decision patterns or deviations, without replacing or influencing the human assessment without proper review",
        preparatory_task: "It performs a preparatory task to an assessment",
      }),
    },
    {
      id: "performsProfiling",
      prompt: "Does the system profile natural persons (automated evaluation of personal aspects such as performance, economic situation, health, preferences, behaviour, location)?",
      help: "An Annex III system that profiles natural persons is always high-risk, whatever the derogation conditions say.",
      citation: "Art 6(3), third subparagraph; Art 3(52)",
      type: "boolean",
      when: CLAIMED,
    },
    {
      id: "derogationStatus",
      prompt: "Has the Art 6(3) assessment been documented, and reviewed by someone qualified?",
      help: "The assessment must be documented before placing on the market, and the system registered under Art 49(2).",
      citation: "Art 6(4), Art 49(2)",
      type: "single",
      when: CLAIMED,
      options: options(DEROGATION_STATUS, {
        not_documented: "Not documented yet",
        documented: "Documented, not yet reviewed",
        documented_and_reviewed: "Documented and reviewed",
      }),
    },
  ],
};
