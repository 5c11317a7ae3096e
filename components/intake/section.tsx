import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

// One card per part of the intake, with a heading that names it for screen-reader navigation.
export function IntakeSection({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody className="space-y-5 py-5">{children}</CardBody>
    </Card>
  );
}

export function TwoColumns({ children }: { children: ReactNode }) {
  return <div className="grid gap-5 md:grid-cols-2">{children}</div>;
}
