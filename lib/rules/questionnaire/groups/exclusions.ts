import { MILITARY_USE } from "../../profile/options";
import { IS_SYSTEM, options } from "../shared";
import type { QuestionGroup } from "../types";

export const EXCLUSIONS_GROUP: QuestionGroup = {
  id: "exclusions",
  title: "Exclusions",
  questions: [
    {
      id: "militaryUse",
      prompt: "Is the system used for military, defence or national-security purposes?",
      help: "Only systems used exclusively for these purposes are excluded. Dual use, or later civilian or law-enforcement use, brings the system back into scope.",
      citation: "Art 2(3); recital 24",
      type: "single",
      options: options(MILITARY_USE, {
        exclusively: "Exclusively for those purposes",
        partly: "Partly (dual use)",
        no: "No",
      }),
    },
    {
      id: "thirdCountryAuthorityCooperation",
      prompt: "Are you a non-EU public authority or international organisation using it under an international law-enforcement or judicial cooperation agreement with the EU or a Member State?",
      help: "Excluded only where the agreement gives adequate safeguards for fundamental rights.",
      citation: "Art 2(4)",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "cooperationSafeguardsAdequate",
      prompt: "Does that agreement provide adequate safeguards for fundamental rights and freedoms?",
      help: "Without adequate safeguards the exclusion does not apply.",
      citation: "Art 2(4)",
      type: "boolean",
      when: { field: "thirdCountryAuthorityCooperation", equals: true },
    },
    {
      id: "solelyScientificResearch",
      prompt: "Was it specifically developed and put into service for the sole purpose of scientific research and development?",
      help: "R&D that is part of a commercial product roadmap does not qualify.",
      citation: "Art 2(6)",
      type: "boolean",
    },
    {
      id: "preMarketResearchOnly",
      prompt: "Is it still only in research, testing or development, not yet placed on the market or put into service?",
      help: "Pre-market R&D is excluded, but testing in real-world conditions is not.",
      citation: "Art 2(8)",
      type: "boolean",
    },
    {
      id: "realWorldTesting",
      prompt: "Is it being tested in real-world conditions?",
      help: "Real-world testing is governed by Arts 57-61 and 60a and is not excluded.",
      citation: "Art 2(8); Arts 57-61, 60a",
      type: "boolean",
      when: { field: "preMarketResearchOnly", equals: true },
    },
    {
      id: "freeOpenSourceLicence",
      prompt: "Is the system released under a free and open-source licence?",
      help: "The exclusion is lost if the system is high-risk, a prohibited practice, or subject to the Art 50 transparency duties.",
      citation: "Art 2(12)",
      type: "boolean",
      when: IS_SYSTEM,
    },
  ],
};
