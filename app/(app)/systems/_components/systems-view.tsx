"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { SystemFilterOptionsDTO, SystemListDTO } from "@/lib/dal/systems/system-list";
import { hasActiveFilters, systemListSearchParams, systemsHref } from "@/lib/validations/system-list";
import { cn } from "@/lib/utils";
import { ActiveFilters, CLEARED } from "./active-filters";
import { EmptyState } from "./empty-state";
import { RoleLabelsProvider, type RoleLabels } from "./filter-labels";
import { capitalise, describeList, ListPagination } from "./list-pagination";
import { ListToolbar } from "./list-toolbar";
import { SystemsFilters } from "./systems-filters";
import { SystemsTable, type RowSelection } from "./systems-table";
import { useListNavigation } from "./use-list-navigation";

type Props = { list: SystemListDTO; options: SystemFilterOptionsDTO; canWrite: boolean; roleLabels: RoleLabels };

export function SystemsView({ list, options, canWrite, roleLabels }: Props) {
  const t = useTranslations("Inventory");
  const { query, go, setColumns, isPending } = useListNavigation();
  // Selections belong to one page of one view: moving on to another page or filter starts afresh.
  const viewKey = systemListSearchParams({ ...query, cols: undefined }).toString();
  const [selection, setSelection] = useState<{ key: string; rows: RowSelection }>({ key: viewKey, rows: {} });
  const rowSelection = selection.key === viewKey ? selection.rows : {};
  // A notice belongs to the view it was given in; it does not follow the user to another filter or page.
  const [notice, setNotice] = useState<{ key: string; tone: "success" | "error"; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const selected = list.rows.filter((r) => rowSelection[r.id]).map((r) => ({ id: r.id, version: r.version }));
  const onDone = useCallback(
    (text: string) => {
      setNotice({ key: viewKey, tone: "success", text });
      setSelection({ key: "", rows: {} });
    },
    [viewKey],
  );
  const onError = useCallback(
    (text: string | null) => setNotice(text ? { key: viewKey, tone: "error", text } : null),
    [viewKey],
  );
  // The bulk bar disappears with the selection, so keyboard focus moves to the outcome instead of the page top.
  useEffect(() => {
    if (notice?.tone === "success") noticeRef.current?.focus();
  }, [notice]);

  const filtered = hasActiveFilters(query);
  const emptyKind =
    list.rows.length > 0 ? null : list.total > 0 || query.page > 1 ? "pastEnd" : filtered ? "noMatch" : "none";
  const phrase = describeList(t, list.total, list.totalKind, filtered);
  const summary = capitalise(phrase);
  const caption = t("caption", { summary: phrase, page: query.page });

  return (
    <RoleLabelsProvider value={roleLabels}>
      <Card>
        {emptyKind !== "none" && <SystemsFilters query={query} options={options} go={go} />}
        <ActiveFilters query={query} options={options} go={go} />
        {notice?.key === viewKey && (
          <div ref={noticeRef} tabIndex={-1} className="px-5 pb-3 outline-none">
            <Alert tone={notice.tone}>{notice.text}</Alert>
          </div>
        )}
        {emptyKind ? (
          <EmptyState
            kind={emptyKind}
            canWrite={canWrite}
            firstPageHref={systemsHref({ ...query, page: 1 })}
            onClearFilters={() => go(CLEARED)}
          />
        ) : (
          <>
            <ListToolbar
              query={query}
              selected={selected}
              canWrite={canWrite}
              owners={options.owners}
              summary={summary}
              onColumns={setColumns}
              onClearSelection={() => setSelection({ key: viewKey, rows: {} })}
              onDone={onDone}
              onError={onError}
            />
            <div aria-busy={isPending} className={cn("transition-opacity", isPending && "opacity-60")}>
              <SystemsTable
                rows={list.rows}
                query={query}
                caption={caption}
                selection={rowSelection}
                onSelectionChange={(rows) => setSelection({ key: viewKey, rows })}
              />
            </div>
            <ListPagination
              query={query}
              total={list.total}
              totalKind={list.totalKind}
              rowsOnPage={list.rows.length}
              go={go}
            />
          </>
        )}
      </Card>
    </RoleLabelsProvider>
  );
}
