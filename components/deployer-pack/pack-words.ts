import { useTranslations } from "next-intl";
import type { MissingItem, PackFileKind } from "@/lib/deployer-pack/snapshot";

const FILE_KEY = {
  INSTRUCTIONS: "fileInstructions",
  DECLARATION: "fileDeclaration",
  CERTIFICATE: "fileCertificate",
} as const satisfies Record<PackFileKind, string>;

const MISSING_KEY = {
  instructions: "missingInstructions",
  declaration: "missingDeclaration",
  registration: "missingRegistration",
  ceMarking: "missingCeMarking",
  incidentContact: "missingIncidentContact",
  purpose: "missingPurpose",
} as const satisfies Record<MissingItem, string>;

/**
 * The pack's files and gaps by their codes, in the reader's language. One hook for the publish form (a client
 * component) and the pack as customers see it (a server component), so both say the same as the signed PDF.
 */
export function usePackWords() {
  const t = useTranslations("DeployerPackItems");
  return {
    file: (kind: PackFileKind) => t(FILE_KEY[kind]),
    missing: (item: MissingItem) => t(MISSING_KEY[item]),
  };
}
