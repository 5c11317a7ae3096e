import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";

export function RoleGroup({
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
      <ul className="divide-y divide-slate-100">{children}</ul>
    </Card>
  );
}
