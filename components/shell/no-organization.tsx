import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { CreateOrganization } from "@/components/shell/create-organization-form";
import { LazyCreateOrganizationForm } from "@/components/shell/lazy-create-organization-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

export async function NoOrganization({ create }: { create: CreateOrganization }) {
  const t = await getTranslations("CreateOrganization");
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader title={t("noneTitle")} description={t("noneDescription")} />
      <CardBody>
        <ClientMessages namespaces={["CreateOrganization"]}>
          <LazyCreateOrganizationForm create={create} />
        </ClientMessages>
      </CardBody>
    </Card>
  );
}
