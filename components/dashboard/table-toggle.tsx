"use client";
import { Table2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

// Every chart's numbers are also a table of links, behind one button per chart: shown, they doubled the page's
// height. Closed means display:none, so keyboard users do not tab through links they cannot see; screen-reader users
// hear the chart's summary (its role="img" label) and this button, and open the table like everyone else.
// A closed table is not rendered at all: the tables are client components fed the chart's own rows, so the page no
// longer sends every cell's markup twice (as HTML and as RSC payload) for tables most visits never open.
export function TableToggle({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations("DashboardCharts");
  const [open, setOpen] = useState(false);
  const id = useId();
  const action = open ? t("hideTable") : t("showTable");
  return (
    <div className="mt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t("toggleLabel", { action, label })}
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <Table2 aria-hidden="true" className="h-4 w-4" />
        {action}
      </button>
      <div id={id} hidden={!open} className="mt-2">
        {open && children}
      </div>
    </div>
  );
}
