import { AI_LITERACY_OBLIGATION, isFullyCovered } from "@/lib/literacy/coverage";
import type { DossierLiteracy, DossierObligation, DossierPolicyEvidence, DossierSnapshot } from "./snapshot";

// What backs an obligation in a sealed dossier, read from the snapshot alone, by the same rules that let it be marked
// Done (lib/dal/obligations/internal/done-check.ts): a file or link, a linked policy version still in force, or for
// the Art 4 duty full coverage in the literacy register. Shared by the gap summary and the obligations table.

type Backing = Pick<DossierSnapshot, "policyEvidence" | "literacy">;

/** A linked version backs its duties while it is the published one; a superseded (retired) version no longer does. */
export const inForce = (p: DossierPolicyEvidence): boolean => p.status === "PUBLISHED";

/** The policies in force linked to this obligation. */
export function policiesBacking(
  snapshot: Backing,
  o: Pick<DossierObligation, "code" | "role">,
): DossierPolicyEvidence[] {
  return (snapshot.policyEvidence ?? []).filter(
    (p) => inForce(p) && p.obligations.some((l) => l.code === o.code && l.role === o.role),
  );
}

/** Trained / total of the people who operate or oversee the system, as the literacy register counts them. */
export function literacyCoverage(literacy: DossierLiteracy): { trained: number; total: number; lapsed: number } {
  return {
    trained: literacy.people.filter((p) => p.status === "TRAINED").length,
    total: literacy.people.length,
    lapsed: literacy.people.filter((p) => p.status === "EXPIRED").length,
  };
}

/** The Art 4 duty is evidenced by the register itself when everyone around the system is trained. */
export function literacyBacks(snapshot: Backing, o: Pick<DossierObligation, "code">): boolean {
  return (
    o.code === AI_LITERACY_OBLIGATION && !!snapshot.literacy && isFullyCovered(literacyCoverage(snapshot.literacy))
  );
}

/** Whether anything at all backs this obligation. */
export const isBacked = (snapshot: Backing, o: DossierObligation): boolean =>
  o.evidenceCount > 0 || policiesBacking(snapshot, o).length > 0 || literacyBacks(snapshot, o);
