import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { draftKey } from "@/components/forms/draft-storage";
import { ClientMessages } from "@/components/i18n/client-messages";
import { roleLabels } from "@/components/i18n/role-labels";
import { NoWriteAccess } from "@/components/intake/no-write-access";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { loadSystem } from "../load-system";
import { EditSystemForm } from "./edit-system-form";
import { toFormValues } from "@/lib/validations/system-form-values";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [system, t] = await Promise.all([params.then(({ id }) => loadSystem(id)), getTranslations("SystemPages")]);
  return { title: t("editMetaTitle", { name: system.name }) };
}

export default async function EditSystemPage({ params }: Props) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("SystemPages")]);
  if (!viewer.role || !can(viewer.role, "system.write"))
    return (
      <NoWriteAccess roleLabel={viewer.role && (await roleLabels())[viewer.role]} backHref={`/systems/${system.id}`} />
    );
  const owners = (await listMembers(actor)).map(({ userId, name, email }) => ({ userId, name, email }));
  const values = toFormValues(system);
  // An owner who has left the organisation cannot be chosen again; the form starts without one.
  if (!owners.some((o) => o.userId === values.ownerId)) values.ownerId = "";
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{t("editTitle")}</h2>
        <p className="text-sm text-slate-600">{t("editRevision", { version: system.version })}</p>
      </div>
      <ClientMessages namespaces={["IntakeForm", "IntakeFields", "IntakeOptions", "SystemBadges"]}>
        <EditSystemForm
          id={system.id}
          version={system.version}
          owners={owners}
          units={(await listBusinessUnits(actor)).map(({ id, name }) => ({ id, name }))}
          defaultValues={values}
          draftKey={draftKey(actor, "edit-system", system.id)}
        />
      </ClientMessages>
    </div>
  );
}
