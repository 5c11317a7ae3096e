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
      help: "Fine-tuning by the original provider is part of the same model's lifecycle.",
      citation: "Art 3(3), Art 3(63); Commission GPAI Guidelines",
      type: "single",
      when: IS_MODEL,
      options: options(MODEL_ORIGINS, {
        trained_in_house: "We trained it (or had it trained) ourselves",
        modified_third_party: "We modified another provider's model",
      }),
    },
    {
      id: "modificationComputeFlop",
      prompt: "Compute used for your modification, in FLOP.",
      help: "A modifier becomes a model provider when this exceeds one third of the original model's training compute.",
      citation: "Commission GPAI Guidelines (one-third criterion)",
      type: "number",
      when: MODIFIED,
    },
    {
      id: "originalComputeKnown",
      prompt: "Do you know the original model's training compute?",
      help: "If not, one third of 10^23 FLOP is used, or of 10^25 FLOP for a systemic-risk original.",
      citation: "Commission GPAI Guidelines",
      type: "boolean",
      when: MODIFIED,
    },
    {
      id: "originalModelComputeFlop",
      prompt: "Training compute of the original model, in FLOP.",
      help: "As published by the original provider.",
      citation: "Commission GPAI Guidelines",
      type: "number",
      when: { field: "originalComputeKnown", equals: true },
    },
    {
      id: "originalModelSystemic",
      prompt: "Is the original model a general-purpose model with systemic risk?",
      help: "The AI Office publishes a list of such models.",
      citation: "Art 51, Art 52",
      type: "boolean",
      when: MODIFIED,
    },
    {
      id: "modelOpenSource",
      prompt: "Is the model released under a free and open-source licence with its weights, architecture and usage information public?",
      help: "Such models are exempt from Art 53(1)(a)-(b) and Art 54, unless they have systemic risk.",
      citation: "Art 53(2), Art 54(6)",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "modelMonetised",
      prompt: "Is access or the licence conditioned on payment?",
      help: "Monetised releases do not qualify for the open-source exemption.",
      citation: "Art 53(2); Commission GPAI Guidelines",
      type: "boolean",
      when: { field: "modelOpenSource", equals: true },
    },
    {
      id: "highImpactCapabilities",
      prompt: "Has evaluation shown high-impact capabilities (matching or exceeding the most advanced models)?",
      help: "High-impact capabilities mean systemic risk even below the compute presumption.",
      citation: "Art 51(1)(a), Art 3(64)",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "commissionDesignated",
      prompt: "Has the Commission designated the model as having systemic risk?",
      help: "Designation follows the Annex XIII criteria, on the Commission's initiative or a scientific-panel alert.",
      citation: "Art 51(1)(b), Annex XIII",
      type: "boolean",
      when: IS_MODEL,
    },
  ],
};
