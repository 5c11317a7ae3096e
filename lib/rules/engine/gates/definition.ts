import { ask, contested, note, type Ctx } from "../context";

/** Art 3(1): is the system an AI system? null when the answers do not settle it yet. */
export function isAiSystem(ctx: Ctx): boolean | null {
  // Definitive negatives are checked before asking, so a settled "no" is not held up by other gaps.
  const { technique, infersOutputs, operatesWithAutonomy } = ctx.p;
  if (technique === "human_defined_rules" || technique === "basic_data_processing") {
    note(
      ctx,
      "definition",
      "definition.no_inference",
      "does_not_apply",
      "Systems that only execute rules defined by people, or do basic data processing, do not infer how to generate outputs.",
      "Art 3(1); recital 12",
    );
    return false;
  }
  if (infersOutputs === false) {
    note(
      ctx,
      "definition",
      "definition.no_inference",
      "does_not_apply",
      "The system does not infer from its input how to generate outputs, the decisive element of the definition.",
      "Art 3(1), element (e)",
    );
    return false;
  }
  if (operatesWithAutonomy === false) {
    note(
      ctx,
      "definition",
      "definition.no_autonomy",
      "does_not_apply",
      "The system does not operate with any independence from human involvement.",
      "Art 3(1), element (b)",
    );
    return false;
  }
  ask(ctx, "technique");
  ask(ctx, "infersOutputs");
  ask(ctx, "operatesWithAutonomy");
  if (technique === undefined || infersOutputs === undefined || operatesWithAutonomy === undefined) return null;
  if (technique === "search_optimisation" || technique === "basic_statistics")
    contested(ctx, "definition", "definitionSolvers");
  note(
    ctx,
    "definition",
    "definition.ai_system",
    "applies",
    "It is a machine-based system that operates with some autonomy and infers from its input how to generate outputs.",
    "Art 3(1)",
  );
  return true;
}

/** Art 3(63): is the model a general-purpose AI model? */
export function isGpaiModel(ctx: Ctx): boolean | null {
  if (ask(ctx, "modelResearchOnly") === true) {
    note(
      ctx,
      "definition",
      "definition.model_research_only",
      "excluded",
      "Models used only for research, development or prototyping before being placed on the market are not GPAI models.",
      "Art 3(63)",
    );
    return false;
  }
  const generality = ask(ctx, "modelGenerality");
  if (generality === false) {
    note(
      ctx,
      "definition",
      "definition.model_not_general",
      "does_not_apply",
      "The model lacks significant generality; specialised models are not general-purpose even when large.",
      "Art 3(63); Commission GPAI Guidelines",
    );
    return false;
  }
  if (generality === true) {
    note(
      ctx,
      "definition",
      "definition.gpai_model",
      "applies",
      "The model shows significant generality and competently performs a wide range of distinct tasks.",
      "Art 3(63)",
    );
    return true;
  }
  const compute = ask(ctx, "trainingComputeFlop");
  const generative = ask(ctx, "modelGenerative");
  if (compute !== undefined && compute > ctx.rs.gpai.indicativeFlop && generative === true) {
    note(
      ctx,
      "definition",
      "definition.gpai_indicative",
      "review",
      "Training compute above 10^23 FLOP with generative capability indicates a GPAI model; confirm its generality.",
      "Art 3(63); Commission GPAI Guidelines",
    );
    return true;
  }
  return null;
}
