"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PackLinkDTO } from "@/lib/dal/deployer-pack/links";
import type { TRevokePackLink } from "@/lib/validations/deployer-pack";

type Props = {
  systemId: string;
  links: PackLinkDTO[];
  now: string;
  revoke?: ServerAction<TRevokePackLink>;
};

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : "never");

export function PackLinkList({ systemId, links, now, revoke }: Props) {
  const router = useRouter();
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  if (links.length === 0) return <p className="text-sm text-slate-600">No customer links yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {links.map((link) => {
        const status = link.revokedAt ? "Revoked" : new Date(link.expiresAt) <= new Date(now) ? "Expired" : "Active";
        return (
          <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">
                {link.label} <Badge tone={status === "Active" ? "green" : "neutral"}>{status}</Badge>
              </p>
              <p className="text-sm text-slate-600">
                {link.followLatest ? "Latest version" : `Version ${link.packVersion}`} · expires {day(link.expiresAt)} ·
                last opened {day(link.lastUsedAt)}
              </p>
              {error?.id === link.id && (
                <p role="alert" className="text-sm text-red-700">
                  {error.message}
                </p>
              )}
            </div>
            {revoke && status === "Active" && (
              <Button
                variant="secondary"
                aria-label={`Revoke the link for ${link.label}`}
                onClick={async () => {
                  setError(null);
                  const result = await revoke({ systemId, linkId: link.id });
                  if (!result.ok) setError({ id: link.id, message: result.error });
                  router.refresh();
                }}
              >
                Revoke
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
