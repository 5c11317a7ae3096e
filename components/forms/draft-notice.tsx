"use client";
import { Button } from "@/components/ui/button";
import type { RestoredDraft } from "./use-form-draft";

type Props = {
  restored: RestoredDraft | null;
  // The revision the page loaded; a draft started on an older one is named, since saving it will meet a conflict.
  currentVersion?: number;
  onDiscard: () => void;
};

// Said where the form begins, so nobody mistakes their own unsaved draft for what is stored.
export function DraftNotice({ restored, currentVersion, onDiscard }: Props) {
  if (!restored) return null;
  const when = new Date(restored.savedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  const stale = restored.version !== undefined && currentVersion !== undefined && restored.version !== currentVersion;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p>
        Restored your unsaved draft from {when}.{" "}
        {stale
          ? "Someone has saved this record since you started it: compare before you save, or saving will be refused."
          : "It is not saved yet."}
      </p>
      <Button type="button" variant="secondary" onClick={onDiscard}>
        Discard draft
      </Button>
    </div>
  );
}
