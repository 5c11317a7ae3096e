import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { draftKey } from "@/components/forms/draft-storage";
import { ClientMessages } from "@/components/i18n/client-messages";
import { roleLabels } from "@/components/i18n/role-labels";
import { NoWriteAccess } from "@/components/intake/no-write-access";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { EMPTY_INTAKE } from "@/lib/validations/system";
import { NewSystemForm } from "./new-system-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemPages");
  return { title: t("newTitle") };
}

export default async function NewSystemPage() {
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("SystemPages")]);
  const header = <PageHeader title={t("newTitle")} description={t("newDescription")} />;
  if (!viewer.role || !can(viewer.role, "system.write")) {
    return (
      <>
        {header}
        <NoWriteAccess roleLabel={viewer.role && (await roleLabels())[viewer.role]} backHref="/systems" />
      </>
    );
  }
  const owners = (await listMembers(actor)).map(({ userId, name, email }) => ({ userId, name, email }));
  return (
    <>
      {header}
      <ClientMessages namespaces={["IntakeForm", "IntakeFields", "IntakeOptions", "SystemBadges"]}>
        <NewSystemForm
          owners={owners}
          units={(await listBusinessUnits(actor)).map(({ id, name }) => ({ id, name }))}
          defaultValues={{ ...EMPTY_INTAKE, ownerId: viewer.user.id }}
          draftKey={draftKey(actor, "new-system")}
        />
      </ClientMessages>
    </>
  );
}
