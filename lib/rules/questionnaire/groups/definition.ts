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
      help: 'An AI system is what people or other software use for a purpose: an app, a service, a feature, an API that returns a result. A model is regulated on its own only when it is general-purpose (Chapter V). A specialised model sold as an API service is a ready-to-use AI system, because its purpose decides the risk. For example: a speech-to-text, face-matching or credit-scoring API is "An AI system"; a large language model offered as weights or as an API for others to build on is "An AI model only". Pick both when you offer such a model and your own application on it.',
      citation: "Art 3(1), Art 3(63), Art 3(66); recital 97",
      whoCanAnswer: "Your product owner, or the engineering lead who built or bought the model.",
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
      help: 'Machine learning and logic- or knowledge-based approaches infer outputs. Rules written entirely by people, basic data processing and simple statistics such as averages usually do not. For example: a fraud model trained on past transactions is machine learning; a spreadsheet rule "flag payments over €10,000" only executes human rules. Whether optimisation solvers and simple statistical models are AI systems is disputed.',
      citation: "Art 3(1); recital 12",
      whoCanAnswer:
        "The engineering or data-science lead who built the system, or the vendor's technical documentation.",
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
      prompt:
        "Does the system infer, from the input it receives, how to produce outputs (predictions, content, recommendations, decisions)?",
      help: 'This is the decisive element of the definition ("infers, from the input it receives, how to generate outputs"). A system that only applies a fixed formula someone wrote does not infer. For example: a model that scores a loan application from patterns learnt in past data infers; a calculator applying a published tariff table does not.',
      citation: "Art 3(1), element (e)",
      whoCanAnswer:
        "The engineering or data-science lead who built the system, or the vendor's technical documentation.",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "operatesWithAutonomy",
      prompt: "Does it produce its outputs with some independence from human involvement?",
      help: "Any level of autonomy counts, even if a person reviews every output. Adaptiveness after deployment is optional. For example: a CV-ranking tool that proposes a shortlist a recruiter then checks still operates with some autonomy.",
      citation: "Art 3(1), element (b)",
      whoCanAnswer: "Your product owner, who knows how people use the system day to day.",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "modelGenerality",
      prompt: "Can the model do many different kinds of tasks well, rather than one specialised task?",
      help: "A general-purpose AI model shows significant generality and competently performs a wide range of distinct tasks. For example: a large language model that drafts, summarises, translates and codes is general; a model that only transcribes speech, upscales images or forecasts weather is not, even when large.",
      citation: "Art 3(63)",
      whoCanAnswer: "The machine-learning lead who trained or fine-tuned the model, or its model card.",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "modelGenerative",
      prompt: "Can the model generate language (text or audio), or images or video from text?",
      help: "Part of the Commission's indicative test for a general-purpose model, together with training compute above 10^23 FLOP. For example: a chat model or a text-to-image model answers yes; a fraud-scoring model answers no.",
      citation: "Art 3(63); Commission GPAI Guidelines (18 July 2025)",
      whoCanAnswer: "The machine-learning lead who trained or fine-tuned the model, or its model card.",
      type: "boolean",
      when: IS_MODEL,
    },
    {
      id: "trainingComputeFlop",
      prompt: "How much computing was used to train the model, in FLOP (for example 3e24)?",
      help: "Cumulative training compute in floating-point operations (FLOP). Above 10^23 FLOP is the indicative general-purpose threshold; above 10^25 FLOP the model is presumed to have systemic risk. For example: a model of about 1 billion parameters trained on a large dataset is around 10^23 FLOP.",
      citation: "Art 51(2); Commission GPAI Guidelines",
      whoCanAnswer: "The machine-learning lead who ran the training, from the training logs or the model card.",
      type: "number",
      when: IS_MODEL,
    },
    {
      id: "modelResearchOnly",
      prompt: "Is the model only a research or prototyping project, not yet being prepared for release?",
      help: "Models used only for research, development or prototyping before they are placed on the market fall outside the definition of a general-purpose AI model. A model about to launch (release being prepared, customers lined up) or already offered to anyone is not research-only: answer No, so the result shows the duties that apply from release. For example: an internal prototype trained to compare architectures is research-only; a model in a closed beta for paying customers is not.",
      citation: "Art 3(63)",
      whoCanAnswer: "The research or product lead who decides when the model is released.",
      type: "boolean",
      when: IS_MODEL,
    },
  ],
};
