import type { MissingItem, PackFileKind } from "./snapshot";

// The message key of each file and gap of a pack. The tab and customer page (DeployerPackItems) and the signed PDF
// (DeployerPackPdf) word them under the same key names, so both say the same thing.
export const PACK_FILE_KEYS = {
  INSTRUCTIONS: "fileInstructions",
  DECLARATION: "fileDeclaration",
  CERTIFICATE: "fileCertificate",
} as const satisfies Record<PackFileKind, string>;

export const MISSING_ITEM_KEYS = {
  instructions: "missingInstructions",
  declaration: "missingDeclaration",
  registration: "missingRegistration",
  ceMarking: "missingCeMarking",
  incidentContact: "missingIncidentContact",
  purpose: "missingPurpose",
} as const satisfies Record<MissingItem, string>;
