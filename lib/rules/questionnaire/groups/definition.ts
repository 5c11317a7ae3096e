import { ARTEFACT_TYPES, TECHNIQUES } from "../../profile/options";
import { IS_MODEL, IS_SYSTEM, options } from "../shared";
import type { QuestionGroup } from "../types";

export const DEFINITION_GROUP: QuestionGroup = {
  id: "definition",
  title: "What is being assessed",
  questions: [
    {
      id: "artefactType",
      prompt: "Are you assessing an AI system, an AI model, or a model together with the system built on it?",
      help: "An AI system is the application people use. A model (for example a foundation model offered as weights or an API) is regulated separately under Chapter V. Pick both when one provider offers the model and the application on it.",
      citation: "Art 3(1), Art 3(63), Art 3(66)",
      type: "single",
      options: options(ARTEFACT_TYPES, {
        ai_system: "An AI system (application)",
        ai_model: "An AI model only",
        model_and_system: "A model and the system built on it",
      }),
    },
    {
      id: "technique",
      prompt: "Which technique best describes how the system produces its outputs?",
      help: "Machine learning and logic- or knowledge-based approaches infer outputs. Rules written entirely by people, basic data processing and simple statistics such as averages usually do not. Whether optimisation solvers and simple statistical models are AI systems is disputed.",
      citation: "Art 3(1); recital 12",
      type: "single",
      when: IS_SYSTEM,
      options: options(TECHNIQUES, {
        machine_learning: "Machine learning (supervised, unsupervised, self-supervised, reinforcement, deep learning)",
        logic_knowledge_based: "Logic- or knowledge-based inference (expert system, knowledge graph reasoning)",
        search_optimisation: "Search or mathematical optimisation solver",
        basic_statistics: "Simple statistical prediction (averages, basic regression)",
        human_defined_rules: "Only executes rules written by people",
        basic_data_processing: "Basic data processing (sorting, filtering, lookups)",
      }),
    },
    {
      id: "infersOutputs",
      prompt: "Does the system infer, from the input it receives, how to generate outputs such as predictions, content, recommendations or decisions?",
      help: "This is the decisive element of the definition. A system that only applies a fixed formula someone wrote does not infer.",
      citation: "Art 3(1), element (e)",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "operatesWithAutonomy",
      prompt: "Does it operate with some independence from human involvement?",
      help: "Any level of autonomy counts, even if a person reviews every output. Adaptiveness after deployment is optional.",
      citation: "Art 3(1), element (b)",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "modelGenerality",
      prompt: "Does the model show significant generality and competently perform a wide range of distinct tasks?",
      help: "Models specialised in one task (transcription, image upscaling, weather, games) are not general-purpose even when large.",
      citation: "Art 3(63)",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "modelGenerative",
      prompt: "Can the model generate language (text or audio), or images or video from text?",
      help: "Part of the Commission's indicative test for a general-purpose model, together with training compute above 10^23 FLOP.",
      citation: "Art 3(63); Commission GPAI Guidelines (18 July 2025)",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "trainingComputeFlop",
      prompt: "Cumulative compute used to train the model, in FLOP (for example 3e24).",
      help: "Above 10^23 FLOP is the indicative general-purpose threshold; above 10^25 FLOP the model is presumed to have systemic risk.",
      citation: "Art 51(2); Commission GPAI Guidelines",
      type: "number",
      when: IS_MODEL,
    },
    {
      id: "modelResearchOnly",
      prompt: "Is the model used only for research, development or prototyping, before being placed on the market?",
      help: "Such models fall outside the definition of a general-purpose AI model until they are placed on the market.",
      citation: "Art 3(63)",
      type: "boolean",
      when: IS_MODEL,
    },
  ],
};
