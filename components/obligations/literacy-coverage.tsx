import Link from "next/link";
import { useTranslations } from "next-intl";

// The Art 4 duty's live figure from the literacy register, under its title: what an auditor checks it against.
export function LiteracyCoverage(props: { systemId: string; backed: boolean; summary: string; done: boolean }) {
  const t = useTranslations("LiteracyCoverage");
  const tone = props.backed ? "bg-emerald-50 text-emerald-950" : "bg-amber-50 text-amber-950";
  return (
    <p className={`mt-2 max-w-3xl rounded-md px-3 py-2 text-sm ${tone}`}>
      <span className="font-medium">{t("aiLiteracy")}</span>
      {props.summary}. {props.backed ? t("backed") : props.done ? t("shortDone") : t("shortOpen")}{" "}
      <Link href={`/systems/${props.systemId}#ai-literacy`} className="font-medium underline">
        {t("seeWho")}
      </Link>
    </p>
  );
}
