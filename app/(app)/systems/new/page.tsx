import type { Metadata } from "next";
import { draftKey } from "@/components/forms/draft-storage";
import { NoWriteAccess } from "@/components/intake/no-write-access";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { EMPTY_INTAKE } from "@/lib/validations/system";
import { NewSystemForm } from "./new-system-form";

export const metadata: Metadata = { title: "Add an AI system" };

export default async function NewSystemPage() {
  const actor = await requireActor();
  const viewer = await getViewer(actor);
  const header = (
    <PageHeader
      title="Add an AI system"
      description="Record what the system is for, where and on whom it is used, and what it is built from. The classification questionnaire builds on these answers."
    />
  );
  if (!viewer.role || !can(viewer.role, "system.write")) {
    return (
      <>
        {header}
        <NoWriteAccess role={viewer.role} backHref="/systems" />
      </>
    );
  }
  const owners = (await listMembers(actor)).map(({ userId, name, email }) => ({ userId, name, email }));
  return (
    <>
      {header}
      <NewSystemForm
        owners={owners}
        units={(await listBusinessUnits(actor)).map(({ id, name }) => ({ id, name }))}
        defaultValues={{ ...EMPTY_INTAKE, ownerId: viewer.user.id }}
        draftKey={draftKey(actor, "new-system")}
      />
    </>
  );
}
