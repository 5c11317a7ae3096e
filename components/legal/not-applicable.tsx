import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

// Shown instead of an editor where the law does not ask for the record: the reason, and the way back.
export function NotApplicable({ title, reason, systemId }: { title: string; reason: string; systemId: string }) {
  const t = useTranslations("LegalEditorShell");
  return (
    <Card>
      <CardHeader title={t("notRequired", { title })} />
      <CardBody className="space-y-4">
        <p className="max-w-3xl text-sm text-slate-700">{reason}</p>
        <p className="max-w-3xl text-sm text-slate-600">{t("outOfDate")}</p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/systems/${systemId}/documentation`} variant="secondary">
            {t("backToDocumentation")}
          </ButtonLink>
          <ButtonLink href={`/systems/${systemId}/classification`} variant="secondary">
            {t("openClassification")}
          </ButtonLink>
        </div>
      </CardBody>
    </Card>
  );
}
