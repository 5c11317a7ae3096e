import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

// Shown instead of an editor where the law does not ask for the record: the reason, and the way back.
export function NotApplicable({ title, reason, systemId }: { title: string; reason: string; systemId: string }) {
  return (
    <Card>
      <CardHeader title={`${title}: not required for this system`} />
      <CardBody className="space-y-4">
        <p className="max-w-3xl text-sm text-slate-700">{reason}</p>
        <p className="max-w-3xl text-sm text-slate-600">
          If the classification is out of date, re-screen the system; this page follows the current classification.
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/systems/${systemId}/documentation`} variant="secondary">
            Back to documentation
          </ButtonLink>
          <ButtonLink href={`/systems/${systemId}/classification`} variant="secondary">
            Open the classification
          </ButtonLink>
        </div>
      </CardBody>
    </Card>
  );
}
