import type { QuestionGroup } from "../types";

const ON_MARKET = { field: "alreadyOnMarket", equals: true } as const;

export const LIFECYCLE_GROUP: QuestionGroup = {
  id: "lifecycle",
  title: "Market status",
  questions: [
    {
      id: "alreadyOnMarket",
      prompt: "Has the system or model already been placed on the market or put into service?",
      help: "Transitional rules depend on when it was first placed on the market.",
      citation: "Art 111",
      type: "boolean",
    },
    {
      id: "placedOnMarketDate",
      prompt: "When was it first placed on the market or put into service?",
      help: "Systems placed before the application dates benefit from transitional rules.",
      citation: "Art 111(1)-(4)",
      type: "date",
      when: ON_MARKET,
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
