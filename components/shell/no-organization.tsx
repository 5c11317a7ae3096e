import type { CreateOrganization } from "@/components/shell/create-organization-form";
import { LazyCreateOrganizationForm } from "@/components/shell/lazy-create-organization-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

export function NoOrganization({ create }: { create: CreateOrganization }) {
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader
        title="You are not a member of any organisation"
        description="Ask an administrator for an invitation link, or create your own organisation."
      />
      <CardBody>
        <LazyCreateOrganizationForm create={create} />
      </CardBody>
    </Card>
  );
}
