"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PackLinkDTO } from "@/lib/dal/deployer-pack/links";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TRevokePackLink } from "@/lib/validations/deployer-pack";

type Props = {
  systemId: string;
  links: PackLinkDTO[];
  now: string;
  revoke?: ServerAction<TRevokePackLink>;
};

type Status = "active" | "expired" | "revoked";
const statusOf = (link: PackLinkDTO, now: string): Status =>
  link.revokedAt ? "revoked" : new Date(link.expiresAt) <= new Date(now) ? "expired" : "active";

export function PackLinkList({ systemId, links, now, revoke }: Props) {
  const t = useTranslations("DeployerPackLinks");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  if (links.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const statusText: Record<Status, string> = { active: t("active"), expired: t("expired"), revoked: t("revoked") };
  return (
    <ul className="divide-y divide-slate-100">
      {links.map((link) => {
        const status = statusOf(link, now);
        const version = link.followLatest ? t("latestVersion") : t("pinnedVersion", { version: link.packVersion });
        const opened = link.lastUsedAt
          ? t("lastOpened", { date: formatDateIn(locale, link.lastUsedAt) })
          : t("neverOpened");
        return (
          <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">
                {link.label} <Badge tone={status === "active" ? "green" : "neutral"}>{statusText[status]}</Badge>
              </p>
              <p className="text-sm text-slate-600">
                {version} · {t("expires", { date: formatDateIn(locale, link.expiresAt) })} · {opened}
              </p>
              {error?.id === link.id && (
                <p role="alert" className="text-sm text-red-700">
                  {error.message}
                </p>
              )}
            </div>
            {revoke && status === "active" && (
              <Button
                variant="secondary"
                aria-label={t("revokeFor", { customer: link.label })}
                onClick={async () => {
                  setError(null);
                  const result = await revoke({ systemId, linkId: link.id });
                  if (!result.ok) setError({ id: link.id, message: result.error });
                  router.refresh();
                }}
              >
                {t("revoke")}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
