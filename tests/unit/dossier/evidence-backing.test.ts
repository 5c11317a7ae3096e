import { describe, expect, it } from "vitest";
import { dossierGaps } from "@/lib/pdf/gaps";
import type { DossierLiteracyPerson, DossierPolicyEvidence, DossierSnapshot } from "@/lib/pdf/snapshot";
import { AI_LITERACY_OBLIGATION } from "@/lib/literacy/coverage";
import { defined } from "../../helpers/expect-defined";
import { cleanSnapshot } from "./clean-snapshot";

// What backs a Done duty in a sealed snapshot: the rules of done-check.ts, read from the snapshot alone, and nothing
// read into a snapshot sealed before policies and literacy were recorded in it.

const evidenceGap = (s: DossierSnapshot) => dossierGaps(s).find((g) => g.kind === "evidence");

// The clean snapshot with its first duty stripped of files (and made the Art 4 duty when asked).
function withBareDuty(art4 = false) {
  const s = cleanSnapshot();
  const [first, ...rest] = s.obligations;
  const duty = { ...defined(first, "a duty"), evidenceCount: 0, ...(art4 ? { code: AI_LITERACY_OBLIGATION } : {}) };
  return { snapshot: { ...s, obligations: [duty, ...rest] }, duty };
}

const policy = (duty: { code: string; role: string }, status = "PUBLISHED"): DossierPolicyEvidence => ({
  title: "Acceptable use of AI",
  version: 2,
  status,
  publishedAt: "2026-11-01T09:00:00.000Z",
  obligations: [{ code: duty.code, role: duty.role, article: "Art 4", title: "AI literacy" }],
  acknowledgement: { acknowledged: 3, total: 4 },
});

const person = (status: DossierLiteracyPerson["status"]): DossierLiteracyPerson => ({
  name: status,
  jobRole: "",
  roles: ["OPERATOR"],
  status,
  training: null,
});

describe("what backs a Done duty in the dossier", () => {
  it("a published policy linked to the duty, not a retired one nor one linked to the same duty of another role", () => {
    const { snapshot, duty } = withBareDuty();
    expect(evidenceGap({ ...snapshot, policyEvidence: [policy(duty)] })).toBeUndefined();
    expect(evidenceGap({ ...snapshot, policyEvidence: [policy(duty, "RETIRED")] })).toMatchObject({ blocking: true });
    const otherRole = policy({ code: duty.code, role: `${duty.role}-other` });
    expect(evidenceGap({ ...snapshot, policyEvidence: [otherRole] })).toMatchObject({ blocking: true });
  });

  it("the literacy register for Art 4 while everyone is trained; an expired or absent training, or no one, is not", () => {
    const { snapshot } = withBareDuty(true);
    const literacy = (people: DossierLiteracyPerson[]) => ({
      ...snapshot,
      literacy: { asOf: "2026-12-05", people, items: [] },
    });
    expect(evidenceGap(literacy([person("TRAINED"), person("TRAINED")]))).toBeUndefined();
    expect(evidenceGap(literacy([person("TRAINED"), person("EXPIRED")]))).toMatchObject({ blocking: true });
    expect(evidenceGap(literacy([person("NOT_TRAINED")]))).toMatchObject({ blocking: true });
    expect(evidenceGap(literacy([]))).toMatchObject({ blocking: true });
  });

  it("nothing for a snapshot sealed before policies and literacy were recorded: the duty reads as it did", () => {
    const { snapshot } = withBareDuty(true);
    expect(evidenceGap(snapshot)).toMatchObject({ title: "1 obligation marked Done without evidence" });
  });
});
