import { MODEL_ORIGINS } from "../../profile/options";
import { IS_MODEL, options } from "../shared";
import type { QuestionGroup } from "../types";

const MODIFIED = { field: "modelOrigin", equals: "modified_third_party" } as const;

export const GPAI_GROUP: QuestionGroup = {
  id: "gpai",
  title: "General-purpose AI models",
  questions: [
    {
      id: "modelOrigin",
      prompt: "Did you train the model, or modify (fine-tune) a model from another provider?",
      help: "Fine-tuning by the original provider is part of the same general-purpose model's lifecycle. For example: training an LLM from scratch is training in-house; fine-tuning an open-weights model on your own documents is modifying another provider's model.",
      citation: "Art 3(3), Art 3(63); Commission GPAI Guidelines",
      whoCanAnswer: "The machine-learning lead who trained or fine-tuned the model.",
      type: "single",
      when: IS_MODEL,
      options: options(MODEL_ORIGINS, {
        trained_in_house: "We trained it (or had it trained) ourselves",
        modified_third_party: "We modified another provider's model",
      }),
    },
    {
      id: "modificationComputeFlop",
      prompt: "How much computing did your modification use, in FLOP?",
      help: "A modifier becomes a model provider when this exceeds one third of the original model's training compute (in floating-point operations, FLOP). For example: fine-tuning with 2e22 FLOP on a model trained with 3e24 FLOP stays well below one third.",
      citation: "Commission GPAI Guidelines (one-third criterion)",
      whoCanAnswer: "The machine-learning lead who ran the fine-tuning, from the training logs or cloud bill.",
      type: "number",
      when: MODIFIED,
    },
    {
      id: "originalComputeKnown",
      prompt: "Do you know how much computing was used to train the original model?",
      help: "If not, one third of 10^23 FLOP is used, or of 10^25 FLOP for an original with systemic risk. For example: some providers publish the training FLOP in the model card or technical report.",
      citation: "Commission GPAI Guidelines",
      whoCanAnswer: "The machine-learning lead, from the original provider's model card or technical report.",
      type: "boolean",
      when: MODIFIED,
    },
    {
      id: "originalModelComputeFlop",
      prompt: "How much computing was used to train the original model, in FLOP?",
      help: "As published by the original provider, in floating-point operations (FLOP). For example: 3.8e25 for a large frontier model.",
      citation: "Commission GPAI Guidelines",
      whoCanAnswer: "The machine-learning lead, from the original provider's model card or technical report.",
      type: "number",
      when: { field: "originalComputeKnown", equals: true },
    },
    {
      id: "originalModelSystemic",
      prompt: "Is the original model one of the most powerful general models (one with systemic risk)?",
      help: "A general-purpose model has systemic risk when trained with more than 10^25 FLOP, when evaluations show high-impact capabilities, or when the Commission designates it; the AI Office publishes a list of such models. For example: the largest frontier LLMs of the major labs.",
      citation: "Art 51, Art 52",
      whoCanAnswer:
        "The machine-learning lead, from the AI Office's published list or the original provider's documentation.",
      type: "boolean",
      when: MODIFIED,
    },
    {
      id: "modelOpenSource",
      prompt:
        "Is the model published under a free and open-source licence, with its weights, architecture and usage information public?",
      help: "Such open-source models are exempt from Art 53(1)(a)-(b) and Art 54, unless they have systemic risk. For example: weights downloadable by anyone under the Apache 2.0 licence, with a model card.",
      citation: "Art 53(2), Art 54(6)",
      whoCanAnswer:
        "Your engineering lead or open-source programme office, from the licence the model is published under.",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "modelMonetised",
      prompt: "Do people have to pay to access or use the model?",
      help: "Monetised releases do not qualify for the open-source exemption. For example: weights free to download but a commercial licence fee for business use, or access only through a paid API.",
      citation: "Art 53(2); Commission GPAI Guidelines",
      whoCanAnswer: "Your product owner or commercial lead, who sets the licence terms.",
      type: "boolean",
      when: { field: "modelOpenSource", equals: true },
    },
    {
      id: "highImpactCapabilities",
      prompt: "Have tests shown the model performs as well as, or better than, the most advanced models available?",
      help: "High-impact capabilities, shown by evaluation with appropriate tools and benchmarks, mean systemic risk even below the compute presumption. For example: scores on standard reasoning or coding benchmarks that match the leading frontier models.",
      citation: "Art 51(1)(a), Art 3(64)",
      whoCanAnswer: "The machine-learning lead who ran the model's evaluations.",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "commissionDesignated",
      prompt: "Has the European Commission formally named the model as having systemic risk?",
      help: "Designation follows the Annex XIII criteria, on the Commission's initiative or a scientific-panel alert, and is notified to the provider by decision. For example: a Commission decision addressed to you after the AI Office reviewed the model's reach and capabilities.",
      citation: "Art 51(1)(b), Annex XIII",
      whoCanAnswer: "Your legal team, who would have received the Commission's decision.",
      type: "boolean",
      when: IS_MODEL,
    },
  ],
};
