import "server-only";
import { blockingGaps, dossierGaps, type DossierGap } from "@/lib/pdf/gaps";
import { AppError } from "@/lib/errors";
import type { DossierFinality } from "@/lib/pdf/snapshot";
import type { DossierSource } from "./snapshot";

/** What the exporter asked for; AUTO (bulk export) seals a final version when nothing blocks it, else a draft. */
export type FinalityChoice = DossierFinality | "AUTO";

/**
 * Decides draft or final on the server from the data being sealed, whatever the browser sent: a final version with
 * a blocking gap is refused and the gaps are named.
 */
export function decideFinality(source: DossierSource, choice: FinalityChoice): DossierFinality {
  const blocking = blockingGaps(dossierGaps(source));
  if (choice === "AUTO") return blocking.length ? "DRAFT" : "FINAL";
  if (choice === "FINAL" && blocking.length) {
    const message = finalRefusal(blocking);
    throw new AppError("VALIDATION", message, { fieldErrors: { finality: [message] } });
  }
  return choice;
}

export function finalRefusal(blocking: DossierGap[]): string {
  return `A final dossier needs every gap closed. Still missing: ${blocking.map((g) => g.title).join("; ")}. Export a draft, or close the gaps first.`;
}
