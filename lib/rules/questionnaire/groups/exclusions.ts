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
      help: "Only systems used exclusively for these purposes are excluded. Dual use, or later civilian or law-enforcement use, brings the system back into scope. For example: a drone-vision model sold only to an army is excluded; the same model also sold to farmers is not.",
      citation: "Art 2(3); recital 24",
      whoCanAnswer: "Your product owner or sales lead, who knows every customer and market the system is offered to.",
      type: "single",
      options: options(MILITARY_USE, {
        exclusively: "Exclusively for those purposes",
        partly: "Partly (dual use)",
        no: "No",
      }),
    },
    {
      id: "thirdCountryAuthorityCooperation",
      prompt:
        "Are you a non-EU public authority or international body using it under an agreement with the EU on police or judicial cooperation?",
      help: "Art 2(4) excludes third-country public authorities and international organisations using AI under an international law-enforcement or judicial cooperation agreement with the EU or a Member State. For example: a non-EU police force exchanging data with Europol under a cooperation agreement.",
      citation: "Art 2(4)",
      whoCanAnswer: "Your legal or international-affairs team, who know the agreements your organisation works under.",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "cooperationSafeguardsAdequate",
      prompt: "Does that agreement provide adequate safeguards for fundamental rights and freedoms?",
      help: "Without adequate safeguards the exclusion does not apply. For example: an agreement with data-protection, oversight and redress clauses.",
      citation: "Art 2(4)",
      whoCanAnswer: "Your legal team, from the text of the cooperation agreement.",
      type: "boolean",
      when: { field: "thirdCountryAuthorityCooperation", equals: true },
    },
    {
      id: "solelyScientificResearch",
      prompt: "Was it built and used only for scientific research, with no commercial or operational use?",
      help: "Art 2(6) excludes systems specifically developed and put into service for the sole purpose of scientific research and development. R&D that is part of a commercial product roadmap does not qualify. For example: a university lab's protein-folding model used only in its own studies qualifies; a bank's research prototype meant to become a product does not.",
      citation: "Art 2(6)",
      whoCanAnswer:
        "The research lead who runs the project, or the product owner if it is planned to become a product.",
      type: "boolean",
    },
    {
      id: "preMarketResearchOnly",
      prompt:
        "Is it still only in research, testing or development, and not yet being prepared for launch or for real use?",
      help: "Research, testing and development before placing on the market or putting into service are excluded (Art 2(8)), but testing in real-world conditions is not. If you are preparing to launch or to start using it for real, answer No: the result then shows the duties that apply from launch, several of which must be met before it. For example: an experiment on historical data in a sandbox is still in research; a system with a launch date and a rollout plan is about to launch.",
      citation: "Art 2(8)",
      whoCanAnswer: "Your product owner, who knows the launch plan.",
      type: "boolean",
    },
    {
      id: "realWorldTesting",
      prompt: "Is it being tried out with real people or in real operations, outside the lab?",
      help: "Testing in real-world conditions is governed by Arts 57-61 and 60a and is not excluded, even before launch. For example: a pilot in which a few branches use the system on real customer applications is real-world testing; tests on stored data in a sandbox are not.",
      citation: "Art 2(8); Arts 57-61, 60a",
      whoCanAnswer: "Your product owner or the project lead running the pilot.",
      type: "boolean",
      when: { field: "preMarketResearchOnly", equals: true },
    },
    {
      id: "freeOpenSourceLicence",
      prompt: "Is the system released under a free and open-source licence?",
      help: "The open-source exclusion is lost if the system is high-risk, a prohibited practice, or subject to the Art 50 transparency duties. For example: a system published on GitHub under the Apache 2.0 or MIT licence.",
      citation: "Art 2(12)",
      whoCanAnswer:
        "Your engineering lead or open-source programme office, from the licence the system is published under.",
      type: "boolean",
      when: IS_SYSTEM,
    },
  ],
};
