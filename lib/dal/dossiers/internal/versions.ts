import "server-only";

// How a sealed version is read and shown, shared by the per-system list and the organisation-wide reads.
export type AttestationDTO = {
  id: string;
  attestedById: string;
  name: string;
  role: string;
  statement: string;
  attestedAt: Date;
};
export type DossierVersionDTO = {
  id: string;
  systemId: string;
  version: number;
  finality: "DRAFT" | "FINAL";
  createdAt: Date;
  createdByName: string | null;
  pdfSha256: string;
  snapshotSha256: string;
  ruleSetId: string;
  /** The language the sealed PDF is in; other languages are rendered from the same snapshot on download. */
  locale: string;
  attestations: AttestationDTO[];
};

export const versionSelect = {
  id: true,
  systemId: true,
  version: true,
  finality: true,
  createdAt: true,
  pdfSha256: true,
  snapshotSha256: true,
  ruleSetId: true,
  locale: true,
  createdBy: { select: { name: true } },
  attestations: {
    orderBy: { attestedAt: "asc" },
    select: { id: true, attestedById: true, name: true, role: true, statement: true, attestedAt: true },
  },
} as const;

type VersionRow = { systemId: string | null; createdBy: { name: string } | null } & Omit<
  DossierVersionDTO,
  "systemId" | "createdByName"
>;
export const toDto = ({ createdBy, systemId, ...row }: VersionRow): DossierVersionDTO => ({
  ...row,
  systemId: systemId ?? "",
  createdByName: createdBy?.name ?? null,
});
