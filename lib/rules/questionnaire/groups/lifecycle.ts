import type { QuestionGroup } from "../types";

const ON_MARKET = { field: "alreadyOnMarket", equals: true } as const;
const MODEL_AND_SYSTEM_ON_MARKET = { all: [{ field: "artefactType", equals: "model_and_system" }, ON_MARKET] } as const;

export const LIFECYCLE_GROUP: QuestionGroup = {
  id: "lifecycle",
  title: "Market status",
  questions: [
    {
      id: "alreadyOnMarket",
      prompt: "Has the system or model already been placed on the market or put into service?",
      help: "Transitional rules depend on when it was first placed on the market. For a system built on another provider's model, answer for your system, not the model. If you offer a model and a system on it, answer for whichever came first (usually the model).",
      citation: "Art 111",
      type: "boolean",
    },
    {
      id: "placedOnMarketDate",
      prompt: "When was it first placed on the market or put into service?",
      help: "Systems placed before the application dates benefit from transitional rules. For a model and a system on it, give the earlier date; the system's own date is asked next.",
      citation: "Art 111(1)-(4)",
      type: "date",
      when: ON_MARKET,
    },
    {
      id: "systemAlreadyOnMarket",
      prompt: "Has the AI system itself (the application built on your model) been placed on the market or put into service yet?",
      help: "The system's own transitional rules, such as the grace period for marking generated content, follow the system's date, not the model's.",
      citation: "Art 111(1), (2) and (4)",
      type: "boolean",
      when: MODEL_AND_SYSTEM_ON_MARKET,
    },
    {
      id: "systemPlacedOnMarketDate",
      prompt: "When was the AI system itself first placed on the market or put into service?",
      help: "For example, the launch date of the application, even if the model was released earlier.",
      citation: "Art 111(1), (2) and (4)",
      type: "date",
      when: { field: "systemAlreadyOnMarket", equals: true },
    },
    {
      id: "significantDesignChange",
      prompt: "Has its design changed significantly since then, or will it?",
      help: "Legacy high-risk systems come under the Act once their design changes significantly after the application date.",
      citation: "Art 111(2)",
      type: "boolean",
      when: ON_MARKET,
    },
    {
      id: "annexXLargeScaleSystem",
      prompt: "Is it a component of an EU large-scale IT system listed in Annex X (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?",
      help: "Such components placed on the market before 2 August 2027 must comply by 31 December 2030.",
      citation: "Art 111(1); Annex X",
      type: "boolean",
      when: ON_MARKET,
    },
  ],
};
