import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

// Title, the law behind the record, and the way back to the hub; the editor pages sit inside the system's tabs.
export function EditorHeader({
  systemId,
  title,
  description,
  status,
  actions,
}: {
  systemId: string;
  title: string;
  description: string;
  status?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useTranslations("LegalEditorShell");
  return (
    <div className="space-y-2">
      <Link
        href={`/systems/${systemId}/documentation`}
        className="inline-flex items-center gap-1 text-sm font-medium text-indigo-800 hover:underline"
      >
        <ChevronLeft aria-hidden="true" className="size-4" /> {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        {status}
        {actions && <div className="sm:ml-auto">{actions}</div>}
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{description}</p>
    </div>
  );
}
