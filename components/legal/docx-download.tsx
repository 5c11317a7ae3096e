import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import type { TLegalDocumentKind } from "@/lib/validations/legal-documents";

// The record as a Word file, for everyone who can read it (read-only people too): legal edits it in Word and sends
// it with the sealed PDF. A plain link: the route answers with an attachment, so the page stays where it is.
export function DocxDownload({ systemId, kind }: { systemId: string; kind: TLegalDocumentKind }) {
  const t = useTranslations("LegalEditorShell");
  return (
    <ButtonLink href={`/systems/${systemId}/documentation/docx/${kind}`} prefetch={false} download variant="secondary">
      <Download aria-hidden className="h-4 w-4" />
      {t("download")}
    </ButtonLink>
  );
}
