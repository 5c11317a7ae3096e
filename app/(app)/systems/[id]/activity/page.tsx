import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { listSystemActivity } from "@/lib/dal/systems/activity";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadSystem } from "../load-system";
import { describeActivity } from "./describe-activity";
import { actorLabelIn } from "@/lib/audit/actor-label";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemActivity");
  return { title: t("title") };
}

export default async function SystemActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const [events, t, locale] = await Promise.all([
    requireActor().then((actor) => listSystemActivity(actor, system.id)),
    getTranslations("SystemActivity"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      {events.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {events.map((e) => (
            <li key={e.id} className="grid gap-1 px-5 py-3 text-sm sm:grid-cols-[12rem_1fr]">
              <time dateTime={new Date(e.createdAt).toISOString()} className="text-slate-600">
                {formatDateTimeIn(locale, e.createdAt)}
              </time>
              <span>
                <span className="font-medium text-slate-900">{e.actorName ?? actorLabelIn(locale, e.actorLabel)}</span>{" "}
                <span className="text-slate-700">{describeActivity(e, locale)}</span>
                <span className="ml-2 font-mono text-xs text-slate-500">#{e.sequence}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
