import type { ReactNode } from "react";
import { ClassificationBadges } from "@/components/system-badges";
import { PageHeader } from "@/components/ui/page-header";
import { loadSystem } from "./load-system";
import { SystemTabs } from "./system-tabs";

export default async function SystemLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const system = await loadSystem((await params).id);
  return (
    <>
      <PageHeader
        title={system.name}
        description={system.description || "No description yet."}
        actions={<ClassificationBadges system={system} />}
      />
      <SystemTabs systemId={system.id} />
      <div className="mt-6">{children}</div>
    </>
  );
}
