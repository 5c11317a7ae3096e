// What one published deployer pack shows, frozen at publication (DeployerPack.snapshot). Files are named by their
// SHA-256: a customer link serves a file only if the pack lists its hash and the system still holds those bytes.
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";

export const PACK_FILE_KINDS = ["INSTRUCTIONS", "DECLARATION", "CERTIFICATE"] as const;
export type PackFileKind = (typeof PACK_FILE_KINDS)[number];

// The provider's obligation whose evidence is offered first for each file of the pack (codes of the rule set).
export const PACK_FILE_OBLIGATIONS: Record<PackFileKind, string> = {
  INSTRUCTIONS: "hr.instructions_for_use",
  DECLARATION: "hr.declaration_of_conformity",
  CERTIFICATE: "hr.ce_marking",
};

export type PackFile = {
  kind: PackFileKind;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

// A file a pack can include: the newest version of one of the system's evidence files, with the obligation it
// backs when that is one of the provider's (so Art 13, Art 47 and Art 48 evidence is offered first).
export type PackCandidate = {
  versionId: string;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  obligationCode: string | null;
  article: string | null;
};

export type PackSnapshot = {
  version: number;
  publishedAt: string; // ISO time
  providerName: string;
  systemName: string;
  intendedPurpose: string;
  tier: string; // as worded for people, e.g. "High-risk"
  registrationNumber: string; // EU database (Art 49 / Art 71); "" when not given
  ceMarking: string; // CE marking and notified body; "" when not given
  incidentContact: { name: string; email: string }; // where a deployer reports a serious incident (Art 73)
  files: PackFile[];
};

export type MissingItem = "instructions" | "declaration" | "registration" | "ceMarking" | "incidentContact" | "purpose";

/** Everything the pack lacks, as codes, so each reader (the PDF in its language) can word them. */
export function missingItemCodes(pack: {
  files: Pick<PackFile, "kind">[];
  registrationNumber: string;
  ceMarking: string;
  incidentContact: { email: string };
  intendedPurpose: string;
}): MissingItem[] {
  const has = (kind: PackFileKind) => pack.files.some((f) => f.kind === kind);
  const missing: MissingItem[] = [];
  if (!has("INSTRUCTIONS")) missing.push("instructions");
  if (!has("DECLARATION")) missing.push("declaration");
  if (!pack.registrationNumber) missing.push("registration");
  if (!pack.ceMarking && !has("CERTIFICATE")) missing.push("ceMarking");
  if (!pack.incidentContact.email) missing.push("incidentContact");
  if (!pack.intendedPurpose.trim()) missing.push("purpose");
  return missing;
}

/** How a snapshot words a system that had no classification when the pack was published. */
export const NOT_CLASSIFIED_TIER = "Not classified yet";

/**
 * The snapshot keeps the tier as worded in English when published ("High-risk"): the tier's code for a known wording,
 * "unclassified" for NOT_CLASSIFIED_TIER, null for anything else (shown as stored).
 */
export function storedTier(tier: string): TierCode | "unclassified" | null {
  if (tier === NOT_CLASSIFIED_TIER) return "unclassified";
  return (Object.keys(TIER_DISPLAY) as TierCode[]).find((code) => TIER_DISPLAY[code] === tier) ?? null;
}

/** Reads a stored snapshot back; anything not shaped like one is refused rather than half-shown. */
export function readSnapshot(value: unknown): PackSnapshot {
  const s = value as PackSnapshot | null;
  if (!s || typeof s !== "object" || !Array.isArray(s.files) || typeof s.systemName !== "string")
    throw new Error("Not a deployer pack snapshot.");
  return s;
}
