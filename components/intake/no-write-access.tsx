import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";

// Shown instead of the form to roles without system.write; the server refuses their saves anyway.
/** `roleLabel`: the person's role in their language (components/i18n/role-labels.ts), null without one. */
export function NoWriteAccess({ roleLabel, backHref }: { roleLabel: string | null; backHref: string }) {
  const t = useTranslations("SystemPages");
  return (
    <div className="max-w-2xl space-y-4">
      <Alert tone="error" title={t("noWriteTitle")}>
        {roleLabel ? t("noWriteRole", { role: roleLabel }) : t("noWriteNoRole")}
      </Alert>
      <ButtonLink href={backHref} variant="secondary">
        {t("back")}
      </ButtonLink>
    </div>
  );
}
