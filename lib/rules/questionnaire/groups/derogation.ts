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
      prompt: "Does any of these describe the system, so that it does not really shape the decision about a person?",
      help: "An Annex III system is not high-risk if at least one holds and it does not materially influence the outcome of decision-making. Leave empty if none applies. For example: a tool that only converts CVs into a standard format is a narrow procedural task; one that polishes the wording of a letter a caseworker already wrote improves a completed human activity. Commission guidelines on these conditions are still in draft.",
      citation: "Art 6(3), first subparagraph, points (a)-(d)",
      whoCanAnswer: "Your product owner, with the business lead who makes the decisions the system supports.",
      type: "multi",
      when: ANNEX3_CANDIDATE,
      options: options(DEROGATION_CONDITIONS, {
        narrow_procedural: "It performs a narrow procedural task",
        improves_human_activity: "It improves the result of a previously completed human activity",
        detects_patterns:
          "It detects decision patterns or deviations, without replacing or influencing the human assessment without proper review",
        preparatory_task: "It performs a preparatory task to an assessment",
      }),
    },
    {
      id: "performsProfiling",
      prompt:
        "Does the system evaluate individual people automatically, for example their performance, finances, health, preferences, behaviour or location?",
      help: "This is profiling: any automated processing of personal data to evaluate, analyse or predict personal aspects of a person (GDPR Art 4(4)). An Annex III system that profiles natural persons is always high-risk, whatever the derogation conditions say. For example: predicting an applicant's job performance or a borrower's ability to repay is profiling; reformatting documents is not.",
      citation: "Art 6(3), third subparagraph; Art 3(52)",
      whoCanAnswer: "Your data-protection officer, from the record of processing for this system.",
      type: "boolean",
      // Also asked where profiling alone makes a use high-risk (identifying suspects from a description, Annex III 6(e)).
      when: { any: [CLAIMED, { field: "lawEnforcementUses", includesAny: ["identify_from_description"] }] },
    },
    {
      id: "derogationStatus",
      prompt: "Has the reasoning for why it is not high-risk been written down, and checked by someone qualified?",
      help: "The assessment must be documented before placing on the market or putting into service, and the system registered in the EU database under Art 49(2). For example: a signed memo explaining why the tool is a narrow procedural task, reviewed by legal.",
      citation: "Art 6(4), Art 49(2)",
      whoCanAnswer: "Your compliance officer or legal team, who keep the Art 6(3) assessment record.",
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
