import { ANNEX_X_CONTEXT } from "../shared";
import type { QuestionGroup } from "../types";

const ON_MARKET = { field: "alreadyOnMarket", equals: true } as const;
const MODEL_AND_SYSTEM_ON_MARKET = { all: [{ field: "artefactType", equals: "model_and_system" }, ON_MARKET] } as const;

export const LIFECYCLE_GROUP: QuestionGroup = {
  id: "lifecycle",
  title: "Market status",
  questions: [
    {
      id: "alreadyOnMarket",
      prompt: "Has the system or model already been launched: offered to customers, or taken into regular use?",
      help: "This asks whether it has been placed on the market (first made available in the EU, paid or free) or put into service (supplied for first use, including your own use). Transitional rules depend on when that first happened. A pilot with real users before launch is real-world testing, not a launch. For example: a SaaS feature switched on for all customers in March 2026, or a tool your own staff have used since then. For a system built on another provider's model, answer for your system, not the model. If you offer a model and a system on it, answer for whichever came first (usually the model).",
      citation: "Art 111; Art 3(9)-(11)",
      whoCanAnswer: "Your product owner or release manager, from the release history.",
      type: "boolean",
    },
    {
      id: "placedOnMarketDate",
      prompt: "When was it first launched (offered to customers or taken into use)?",
      help: "The date it was first placed on the market or put into service. Systems placed before the application dates benefit from transitional rules. For example: the general-availability date in your release notes. For a model and a system on it, give the earlier date; the system's own date is asked next.",
      citation: "Art 111(1)-(4)",
      whoCanAnswer: "Your product owner or release manager, from the release notes or the first customer contract.",
      type: "date",
      when: ON_MARKET,
    },
    {
      id: "systemAlreadyOnMarket",
      prompt: "Has the application built on your model been launched yet?",
      help: "Asks whether the AI system itself has been placed on the market or put into service. The system's own transitional rules, such as the grace period for marking generated content, follow the system's date, not the model's. For example: you released the model's weights in 2025 but the chat app on it only in 2026.",
      citation: "Art 111(1), (2) and (4)",
      whoCanAnswer: "Your product owner or release manager, from the application's release history.",
      type: "boolean",
      when: MODEL_AND_SYSTEM_ON_MARKET,
    },
    {
      id: "systemPlacedOnMarketDate",
      prompt: "When was the application itself first launched?",
      help: "The date the AI system was first placed on the market or put into service. For example, the launch date of the application, even if the model was released earlier.",
      citation: "Art 111(1), (2) and (4)",
      whoCanAnswer: "Your product owner or release manager, from the application's release notes.",
      type: "date",
      when: { field: "systemAlreadyOnMarket", equals: true },
    },
    {
      id: "significantDesignChange",
      prompt: "Has its design changed significantly since launch, or will it?",
      help: "Legacy high-risk systems come under the Act once their design changes significantly after the application date. For example: a new model architecture, new input data types or a new purpose; bug fixes and routine updates that keep the same design usually are not.",
      citation: "Art 111(2)",
      whoCanAnswer: "The engineering lead, from the change log and the product roadmap.",
      type: "boolean",
      when: ON_MARKET,
    },
    {
      id: "annexXLargeScaleSystem",
      prompt:
        "Is it part of one of the EU's large border, migration or criminal-records IT systems (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?",
      help: "These are the large-scale IT systems listed in Annex X. Their AI components placed on the market before 2 August 2027 must comply by 31 December 2030. For example: a matching component of the Entry/Exit System used at Schengen borders.",
      citation: "Art 111(1); Annex X",
      whoCanAnswer: "The IT programme manager who runs your national connection to the EU system.",
      type: "boolean",
      when: { all: [ON_MARKET, ANNEX_X_CONTEXT] },
    },
  ],
};
