"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/access/permissions";
import type { SsoDomainDTO } from "@/lib/dal/sso/sso-domains";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { DnsRecord } from "./dns-record";

type Message = { tone: "error" | "success"; text: string };
type DomainRef = { domainId: string };

export type SsoDomainActions = {
  verify: ServerAction<DomainRef, { verified: true } | { verified: false; message: string }>;
  remove: ServerAction<DomainRef>;
};

type Props = { domain: SsoDomainDTO; actions: SsoDomainActions; roles: Record<Role, string> };

export function SsoDomainItem({ domain: d, actions, roles }: Props) {
  const t = useTranslations("SsoDomains");
  const locale = useLocale() as Locale;
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
          text: t("verified", { domain: d.domain, role: roles[d.defaultRole] }),
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
            <Badge tone="green">{t("verifiedOn", { date: formatDateIn(locale, d.verifiedAt) })}</Badge>
          ) : (
            <Badge tone="amber">{t("notVerified")}</Badge>
          )}
          <Badge tone="blue">{t("newMembers", { role: roles[d.defaultRole] })}</Badge>
          <span className="text-slate-600">{t("added", { date: formatDateIn(locale, d.createdAt) })}</span>
        </div>
        <Button variant="ghost" aria-disabled={pending} onClick={() => !pending && remove()}>
          {t("remove")}
          <span className="sr-only"> {t("removeDomain", { domain: d.domain })}</span>
        </Button>
      </div>
      {d.challenge && (
        <div className="mt-3 space-y-3 rounded-md border border-amber-200 bg-amber-50/50 p-4">
          <div>
            <p className="font-medium text-amber-950">{t("notMapped")}</p>
            <p className="mt-1 text-slate-700">
              {t.rich("publish", {
                domain: d.domain,
                code: () => <code className="font-mono">{"_actlas-challenge"}</code>,
              })}
            </p>
          </div>
          <DnsRecord challenge={d.challenge} domain={d.domain} />
          <Button
            variant="secondary"
            className="aria-disabled:cursor-wait aria-disabled:opacity-70"
            aria-disabled={pending}
            onClick={() => !pending && verify()}
          >
            {pending ? t("checking") : t("verifyNow")}
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
