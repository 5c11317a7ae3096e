import { Inbox, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";

// Each empty list says why it is empty and offers the one next step that helps.
export function EmptyState({
  kind,
  canWrite,
  firstPageHref,
  onClearFilters,
}: {
  kind: "none" | "noMatch" | "pastEnd";
  canWrite: boolean;
  firstPageHref: string;
  onClearFilters: () => void;
}) {
  const t = useTranslations("Inventory");
  if (kind === "none") {
    return (
      <Shell icon={<Inbox aria-hidden="true" className="h-8 w-8 text-slate-500" />} title={t("emptyTitle")}>
        {canWrite ? (
          <>
            <p>{t("emptyStart")}</p>
            <ButtonLink href="/systems/new" className="mt-4">
              {t("emptyAddFirst")}
            </ButtonLink>
          </>
        ) : (
          <p>{t("emptyReadOnly")}</p>
        )}
      </Shell>
    );
  }
  if (kind === "pastEnd") {
    return (
      <Shell icon={<SearchX aria-hidden="true" className="h-8 w-8 text-slate-500" />} title={t("pastEndTitle")}>
        <ButtonLink href={firstPageHref} variant="secondary" className="mt-2">
          {t("pastEndFirstPage")}
        </ButtonLink>
      </Shell>
    );
  }
  return (
    <Shell icon={<SearchX aria-hidden="true" className="h-8 w-8 text-slate-500" />} title={t("noMatchTitle")}>
      <p>{t("noMatchHelp")}</p>
      <Button variant="secondary" className="mt-4" onClick={onClearFilters}>
        {t("clearFilters")}
      </Button>
    </Shell>
  );
}

function Shell({ icon, title, children }: { icon: React.ReactNode; title: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center border-t border-slate-100 px-5 py-14 text-center text-sm text-slate-600">
      {icon}
      <h2 className="mt-3 text-base font-semibold text-slate-900">{title}</h2>
      <div className="mt-1 flex max-w-md flex-col items-center">{children}</div>
    </div>
  );
}
