"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { DomainChallenge } from "@/lib/net/dns-challenge";

// The record to publish, laid out the way DNS providers ask for it. Values select with one click and can be copied.
export function DnsRecord({ challenge, domain }: { challenge: DomainChallenge; domain: string }) {
  const t = useTranslations("SsoDomains");
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[4.5rem_minmax(0,1fr)]">
      <dt className="font-medium text-slate-700">{t("type")}</dt>
      <dd>
        <code className="rounded bg-white px-1.5 py-0.5 font-mono text-slate-900 ring-1 ring-slate-200">{"TXT"}</code>
      </dd>
      <dt className="font-medium text-slate-700">{t("name")}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <RecordValue text={challenge.name} label={t("recordName", { domain })} />
      </dd>
      <dt className="font-medium text-slate-700">{t("value")}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <RecordValue text={challenge.value} label={t("recordValue", { domain })} />
      </dd>
    </dl>
  );
}

function RecordValue({ text, label }: { text: string; label: string }) {
  const t = useTranslations("SsoDomains");
  const [copied, setCopied] = useState(false);
  return (
    <>
      <code className="min-w-0 select-all break-all rounded bg-white px-1.5 py-0.5 font-mono text-slate-900 ring-1 ring-slate-200">
        {text}
      </code>
      <button
        type="button"
        className="rounded px-1.5 py-0.5 text-xs font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? t("copied") : t("copy")}
        <span className="sr-only"> {label}</span>
      </button>
    </>
  );
}
