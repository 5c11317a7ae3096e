import { describe, expect, it } from "vitest";
import { questionnaireProgress } from "@/lib/classification/progress";
import type { TSystemProfile } from "@/lib/rules";

const AS_OF = "2026-11-22";

// The three counters the wizard shows (step bar, "unanswered" line, open questions in the live result).
function counters(answers: TSystemProfile) {
  const p = questionnaireProgress(answers, AS_OF);
  return {
    p,
    bar: { answered: p.steps.reduce((n, s) => n + s.answered, 0), total: p.steps.reduce((n, s) => n + s.total, 0) },
    open: p.deciding.length + p.completing.length,
  };
}

const PROFILES: Record<string, TSystemProfile> = {
  empty: {},
  "one answer": { artefactType: "ai_system" },
  "not sure": { artefactType: "ai_system", notSure: ["establishedInEu"] },
  "answer to a question that no longer applies": {
    activities: ["develops"],
    deployerEntityType: "private_other",
    annex3Areas: ["none"],
    employmentUses: ["recruitment_selection"],
  },
  "deployer in HR": { activities: ["uses"], annex3Areas: ["employment"], notSure: ["employmentUses"] },
};

describe("questionnaireProgress", () => {
  for (const [name, answers] of Object.entries(PROFILES)) {
    it(`counts the same questions everywhere (${name})`, () => {
      const { p, bar, open } = counters(answers);
      expect(bar).toEqual({ answered: p.answered, total: p.total });
      expect(p.answered + p.notSure + p.unanswered).toBe(p.total);
      expect(open).toBe(p.notSure + p.unanswered);
      expect(open).toBe(p.total - p.answered);
    });
  }

  it("lists questions the engine has not read yet, so the live result and the bar agree", () => {
    const { p } = counters({});
    const engineIds = p.result.openQuestions.map((q) => q.questionId);
    const listed = [...p.deciding, ...p.completing].map((q) => q.questionId);
    expect(listed.length).toBeGreaterThan(engineIds.length);
    expect(listed).toEqual(expect.arrayContaining(engineIds));
  });

  it("counts 'not sure' apart from blank, and not as answered", () => {
    const before = questionnaireProgress({ artefactType: "ai_system" }, AS_OF);
    const after = questionnaireProgress({ artefactType: "ai_system", notSure: ["establishedInEu"] }, AS_OF);
    expect(after.notSure).toBe(1);
    expect(after.answered).toBe(before.answered);
    expect(after.unanswered).toBe(before.unanswered - 1);
    expect([...after.deciding, ...after.completing].find((q) => q.questionId === "establishedInEu")?.notSure).toBe(
      true,
    );
  });

  it("ignores answers to questions that no longer apply", () => {
    const p = questionnaireProgress(PROFILES["answer to a question that no longer applies"]!, AS_OF);
    expect(p.pruned).not.toHaveProperty("employmentUses");
    expect(p.answered).toBe(Object.keys(p.pruned).length);
  });
});
