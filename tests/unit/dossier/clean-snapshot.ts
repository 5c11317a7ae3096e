import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import type { DossierClassification, DossierLegalRecord, DossierSnapshot } from "@/lib/pdf/snapshot";
import { makeSnapshot } from "../pdf/fixtures";

export const record = (overrides: Partial<DossierLegalRecord> = {}): DossierLegalRecord => ({
  fields: {},
  complete: true,
  owner: "Ana",
  evidence: [],
  updatedAt: "2026-11-01T00:00:00.000Z",
  signedOffBy: "Legal",
  signedOffAt: "2026-11-02T00:00:00.000Z",
  ...overrides,
});

export function classificationOf(s: DossierSnapshot): DossierClassification {
  if (!s.classification) throw new Error("the fixture has no classification");
  return s.classification;
}

/** The credit-scoring fixture with every record written, every duty done with evidence and the review confirmed. */
export function cleanSnapshot(): DossierSnapshot {
  const s = makeSnapshot();
  const c = classificationOf(s);
  return {
    ...s,
    classification: { ...c, disposition: "FINAL", openQuestions: { deciding: [], completing: [] } },
    obligations: s.obligations.map((o) => ({ ...o, status: "DONE", evidenceCount: 1 })),
    records: {
      annexIv: ANNEX_IV_SECTIONS.map((x) => ({ ...record(), section: x.number })),
      derogation: null,
      fria: record(),
    },
  };
}
