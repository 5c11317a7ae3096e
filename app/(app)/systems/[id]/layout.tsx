import type { ReactNode } from "react";
import { DispositionBadge, TierBadge } from "@/components/system-badges";
import { PageHeader } from "@/components/ui/page-header";
import { loadSystem } from "./load-system";
import { SystemTabs } from "./system-tabs";

export default async function SystemLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const system = await loadSystem((await params).id);
  return (
    <>
      <PageHeader
        title={system.name}
        description={system.description || "No description yet."}
        actions={<span className="flex gap-2"><TierBadge tier={system.tier} /><DispositionBadge disposition={system.disposition} /></span>}
      />
      <SystemTabs systemId={system.id} />
      <div className="mt-6">{children}</div>
    </>
  );
}
