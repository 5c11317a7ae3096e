import { LazyCreateOrganizationForm } from "@/components/shell/lazy-create-organization-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

export function NoOrganization() {
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader title="You are not a member of any organisation" description="Ask an administrator for an invitation link, or create your own organisation." />
      <CardBody>
        <LazyCreateOrganizationForm />
      </CardBody>
    </Card>
  );
}
