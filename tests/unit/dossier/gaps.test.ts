import { describe, expect, it } from "vitest";
import { blockingGaps, dossierGaps, type DossierGapKind } from "@/lib/pdf/gaps";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { defined } from "../../helpers/expect-defined";
import { makeSnapshot, MINIMAL_PROFILE } from "../pdf/fixtures";
import { classificationOf, cleanSnapshot, record } from "./clean-snapshot";

const kinds = (s: DossierSnapshot) => dossierGaps(s).map((g) => g.kind);

describe("dossier gaps", () => {
  it("finds none in a clean dossier", () => {
    expect(dossierGaps(cleanSnapshot())).toEqual([]);
  });

  it("an unclassified system has one blocking gap", () => {
    expect(dossierGaps({ ...cleanSnapshot(), classification: null })).toMatchObject([
      { kind: "classification", blocking: true },
    ]);
  });

  it("names the Annex IV sections missing or incomplete", () => {
    const s = cleanSnapshot();
    const annexIv = (s.records.annexIv ?? []).slice(2);
    const first = defined(annexIv[0], "section 3");
    annexIv[0] = { ...first, complete: false };
    const gap = dossierGaps({ ...s, records: { ...s.records, annexIv } }).find((g) => g.kind === "annex-iv");
    expect(gap?.title).toContain("3 of 9 sections");
    expect(gap?.items[0]).toMatch(/^Section 1\./);
    expect(gap?.items).toHaveLength(3);
    expect(gap?.destination).toBe("gap-annex-iv");
  });

  it("a FRIA the law requires is missing or incomplete", () => {
    const s = cleanSnapshot();
    expect(kinds({ ...s, records: { ...s.records, fria: null } })).toEqual(["fria"]);
    expect(kinds({ ...s, records: { ...s.records, fria: record({ complete: false }) } })).toEqual(["fria"]);
  });

  it("no FRIA or Annex IV gap where the law does not ask for them", () => {
    const s = makeSnapshot(MINIMAL_PROFILE);
    const found: DossierGapKind[] = kinds(s);
    expect(found).not.toContain("fria");
    expect(found).not.toContain("annex-iv");
  });

  it("lists obligations marked Done without evidence, ignoring obsolete ones", () => {
    const s = cleanSnapshot();
    const [a, b, ...rest] = s.obligations;
    const obligations = [
      { ...defined(a, "first"), evidenceCount: 0 },
      { ...defined(b, "second"), evidenceCount: 0, obsolete: true },
      ...rest,
    ];
    const gap = dossierGaps({ ...s, obligations }).find((g) => g.kind === "evidence");
    expect(gap).toMatchObject({ blocking: true, title: "1 obligation marked Done without evidence" });
    expect(gap?.items).toEqual([`${a?.article}: ${a?.title}`]);
  });

  it("legal review required blocks; a confirmed review does not", () => {
    const s = cleanSnapshot();
    const c = classificationOf(s);
    expect(kinds({ ...s, classification: { ...c, disposition: "REQUIRES_REVIEW" } })).toEqual(["review"]);
  });

  it("registration required and its Art 49 duty not done with evidence", () => {
    const s = cleanSnapshot();
    const registration = s.obligations.filter((o) => /Art 49/.test(o.article));
    expect(registration.length).toBeGreaterThan(0);
    const obligations = s.obligations.map((o) =>
      /Art 49/.test(o.article) ? { ...o, status: "IN_PROGRESS" as const, evidenceCount: 0 } : o,
    );
    const gap = dossierGaps({ ...s, obligations }).find((g) => g.kind === "registration");
    expect(gap).toMatchObject({ blocking: true, destination: "gap-registration" });
    expect(gap?.title).toContain("Art 49");
  });

  it("open questions: deciding ones block, completing ones are listed but do not", () => {
    const s = cleanSnapshot();
    const c = classificationOf(s);
    const q = { questionId: "x", text: "Does it profile?", citation: "Art 6(3)" };
    const deciding = { ...q, decides: "scope" as const };
    const withOpen = (open: NonNullable<typeof c.openQuestions>) => ({
      ...s,
      classification: { ...c, openQuestions: open },
    });
    const completing = dossierGaps(withOpen({ deciding: [], completing: [q] }));
    expect(completing).toMatchObject([{ kind: "open-questions", blocking: false, items: ["Does it profile?"] }]);
    expect(blockingGaps(completing)).toEqual([]);
    expect(blockingGaps(dossierGaps(withOpen({ deciding: [deciding], completing: [] })))).toMatchObject([
      { kind: "open-questions", title: "Not determined yet: 1 question that decide the result is open" },
    ]);
  });

  it("an older snapshot without the answers-derived list falls back on the engine's open questions", () => {
    const s = cleanSnapshot();
    const c = classificationOf(s);
    const result = { ...c.result, openQuestions: [{ text: "Who uses it?", citation: "Art 3(4)" }] };
    const { openQuestions: _dropped, ...older } = { ...c, result };
    expect(dossierGaps({ ...s, classification: older })).toMatchObject([{ kind: "open-questions", blocking: false }]);
  });
});
