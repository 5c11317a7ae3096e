import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/access/permissions";

// Shown instead of the form to roles without system.write; the server refuses their saves anyway.
export function NoWriteAccess({ role, backHref }: { role: Role | null; backHref: string }) {
  const t = useTranslations("SystemPages");
  return (
    <div className="max-w-2xl space-y-4">
      <Alert tone="error" title={t("noWriteTitle")}>
        {role ? t("noWriteRole", { role: ROLE_LABELS[role] }) : t("noWriteNoRole")}
      </Alert>
      <ButtonLink href={backHref} variant="secondary">
        {t("back")}
      </ButtonLink>
    </div>
  );
}
