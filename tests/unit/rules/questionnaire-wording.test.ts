import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE, type Question } from "@/lib/rules";

const QUESTIONS: Question[] = QUESTIONNAIRE.flatMap((g) => [...g.questions]);
const QUESTIONS_BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]));

// Terms a product manager cannot be expected to know. A question that uses one anywhere (prompt,
// help or an option) must show what it means in practice (issue 15 item 7).
const LEGAL_TERMS: RegExp[] = [
  /safety (component|function)/i,
  /substantial(ly)? modif/i,
  /profil(e|ing)/i,
  /authori[sz]ed by law|provide[sd]? for [a-z ]*by law|national law/i,
  /obvious/i,
  /plac(ed|ing) on the market/i,
  /put(ting)? into service/i,
  /biometric identification|identif[a-z]* [a-z ]*remotely/i,
  /emotion recognition/i,
  /biometric categorisation|categori[sz]ation/i,
  /general-purpose/i,
  /systemic risk/i,
  /notified body|third-party (conformity )?assessment|conformity assessment/i,
  /deep fake/i,
  /publicly accessible/i,
  /open-source/i,
  /\bFLOP\b/,
  /high-impact/i,
  /intended purpose/i,
  /real-world conditions/i,
  /large-scale IT system/i,
  /subliminal|manipulative/i,
  /social scor/i,
  /authorised representative/i,
  /deployer|downstream provider/i,
];

const texts = (q: Question) => [q.prompt, q.help, ...(q.options ?? []).map((o) => o.label)].join("\n");

describe("questions a non-lawyer can answer", () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))("%s says who can answer it, in one concrete sentence", (_id, q) => {
    const who = q.whoCanAnswer.trim();
    expect(who.length).toBeGreaterThan(20);
    expect(who.length).toBeLessThanOrEqual(200);
    expect(who).toMatch(/\.$/);
    // One sentence: no full stop followed by another sentence (abbreviations such as "e.g." aside).
    expect(who.replace(/\b(e\.g|i\.e|etc)\./g, "")).not.toMatch(/\.\s+\S/);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))("%s gives an example for each legal term it uses", (_id, q) => {
    const terms = LEGAL_TERMS.filter((t) => t.test(texts(q)));
    if (terms.length > 0) expect(q.help, `${q.id} uses ${terms.join(", ")}`).toMatch(/For example/);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))(
    "%s keeps its prompt short and its legal precision in help and citation",
    (_id, q) => {
      expect(q.prompt.length).toBeLessThanOrEqual(150);
      expect(q.prompt).toMatch(/[?.]$/);
      expect(q.help.length).toBeGreaterThan(0);
      expect(q.help.length).toBeLessThanOrEqual(600);
      expect(q.citation).toMatch(/Art|Annex|recital|Guidelines/);
    },
  );

  it("no two questions share a prompt, so an open question is never ambiguous", () => {
    const prompts = QUESTIONS.map((q) => q.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("says how to classify a specialised model sold as an API service", () => {
    expect(QUESTIONS_BY_ID.get("artefactType")!.help).toMatch(/API/);
    expect(QUESTIONS_BY_ID.get("artefactType")!.help).toMatch(/specialised/i);
  });

  it("keeps 'still in research or testing' apart from 'about to launch'", () => {
    for (const id of ["preMarketResearchOnly", "modelResearchOnly", "realWorldTesting"]) {
      const q = QUESTIONS_BY_ID.get(id)!;
      expect(`${q.prompt} ${q.help}`, id).toMatch(/launch/i);
    }
    expect(QUESTIONS_BY_ID.get("preMarketResearchOnly")!.prompt).toMatch(/research|testing/i);
    expect(QUESTIONS_BY_ID.get("alreadyOnMarket")!.help).toMatch(/For example/);
  });
});
