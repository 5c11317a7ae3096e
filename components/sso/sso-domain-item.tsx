"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/access/permissions";
import type { SsoDomainDTO } from "@/lib/dal/sso/sso-domains";
import { cn, formatDate } from "@/lib/utils";
import { DnsRecord } from "./dns-record";

type Message = { tone: "error" | "success"; text: string };
type DomainRef = { domainId: string };

export type SsoDomainActions = {
  verify: ServerAction<DomainRef, { verified: true } | { verified: false; message: string }>;
  remove: ServerAction<DomainRef>;
};

export function SsoDomainItem({ domain: d, actions }: { domain: SsoDomainDTO; actions: SsoDomainActions }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The Verify button disappears once verified: move focus to the confirmation so keyboard users keep their place.
  useEffect(() => {
    if (message?.tone === "success") messageRef.current?.focus();
  }, [message]);

  const verify = () =>
    startTransition(async () => {
      setMessage(null);
      const r = await actions.verify({ domainId: d.id });
      if (!r.ok) setMessage({ tone: "error", text: r.error });
      else if (!r.data.verified) setMessage({ tone: "error", text: r.data.message });
      else
        setMessage({
          tone: "success",
          text: `${d.domain} is verified: people who sign in with an address there now join this organisation as ${ROLE_LABELS[d.defaultRole]}.`,
        });
    });
  const remove = () =>
    startTransition(async () => {
      const r = await actions.remove({ domainId: d.id });
      if (!r.ok) setMessage({ tone: "error", text: r.error });
    });

  return (
    <li className="px-5 py-4 text-sm" aria-labelledby={`sso-domain-${d.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`sso-domain-${d.id}`} className="font-semibold text-slate-900">
            @{d.domain}
          </h3>
          {d.verifiedAt ? (
            <Badge tone="green">Verified {formatDate(d.verifiedAt)}</Badge>
          ) : (
            <Badge tone="amber">Not verified</Badge>
          )}
          <Badge tone="blue">New members: {ROLE_LABELS[d.defaultRole]}</Badge>
          <span className="text-slate-600">added {formatDate(d.createdAt)}</span>
        </div>
        <Button variant="ghost" aria-disabled={pending} onClick={() => !pending && remove()}>
          Remove<span className="sr-only"> domain {d.domain}</span>
        </Button>
      </div>
      {d.challenge && (
        <div className="mt-3 space-y-3 rounded-md border border-amber-200 bg-amber-50/50 p-4">
          <div>
            <p className="font-medium text-amber-950">Not verified — sign-ins from this domain are not mapped yet.</p>
            <p className="mt-1 text-slate-700">
              Publish this TXT record at the DNS provider of {d.domain}, then choose Verify now. Some providers add the
              domain themselves: then enter only <code className="font-mono">_actlas-challenge</code> as the name.
            </p>
          </div>
          <DnsRecord challenge={d.challenge} domain={d.domain} />
          <Button
            variant="secondary"
            className="aria-disabled:cursor-wait aria-disabled:opacity-70"
            aria-disabled={pending}
            onClick={() => !pending && verify()}
          >
            {pending ? "Checking DNS…" : "Verify now"}
            <span className="sr-only"> {d.domain}</span>
          </Button>
        </div>
      )}
      <div role="status" className={cn(message && "mt-3")}>
        {message && (
          <p
            ref={messageRef}
            tabIndex={-1}
            className={cn(
              "rounded-md border px-4 py-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
              message.tone === "error"
                ? "border-red-300 bg-red-50 text-red-900"
                : "border-emerald-300 bg-emerald-50 text-emerald-900",
            )}
          >
            {message.text}
          </p>
        )}
      </div>
    </li>
  );
}
