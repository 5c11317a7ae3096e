"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import { browserStorage, clearDraft, readDraft, writeDraft } from "./draft-storage";
import { useUnsavedChanges } from "./use-unsaved-changes";

export type RestoredDraft = { savedAt: string; version?: number };

type Options<I extends FieldValues> = {
  form: UseFormReturn<I>;
  // null: no draft is kept (read-only viewers, or a page that cannot name its record).
  storageKey: string | null;
  // The revision the form was loaded from, kept with the draft so a draft older than the record can be told apart.
  version?: number;
};

const WRITE_DELAY_MS = 400;

/**
 * A long form's safety net: keeps what is typed as a local draft (restored on the next visit), warns before the
 * page is left with unsaved changes, and forgets both once the form is saved.
 */
export function useFormDraft<I extends FieldValues>({ form, storageKey, version }: Options<I>) {
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { isDirty } = form.formState;

  const flush = useCallback(() => {
    const storage = browserStorage();
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    if (!storage || !storageKey || savedRef.current) return;
    if (form.formState.isDirty) writeDraft(storage, storageKey, form.getValues(), version);
    else clearDraft(storage, storageKey);
  }, [form, storageKey, version]);

  useEffect(() => {
    const storage = browserStorage();
    if (!storage || !storageKey) return;
    const draft = readDraft<I>(storage, storageKey);
    if (!draft) return;
    // Keeping the page's values as the defaults makes the restored draft count as unsaved changes.
    form.reset(draft.values as DefaultValues<I>, { keepDefaultValues: true });
    // localStorage is only there after hydration, so the draft can only be found (and announced) in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored({ savedAt: draft.savedAt, version: draft.version });
  }, [form, storageKey]);

  useEffect(() => {
    if (!storageKey) return;
    const subscription = form.watch(() => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(flush, WRITE_DELAY_MS);
    });
    // A tab closed or a page left within the delay still keeps its last keystrokes.
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      if (pending.current) flush();
    };
  }, [form, storageKey, flush]);

  useUnsavedChanges(isDirty && !saved);

  /** After a successful save: nothing is left to lose, so no draft and no warning. */
  const markSaved = useCallback(() => {
    savedRef.current = true;
    setSaved(true);
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const storage = browserStorage();
    if (storage && storageKey) clearDraft(storage, storageKey);
    setRestored(null);
  }, [storageKey]);

  /** Throws the draft away and puts the form back as the page loaded it. */
  const discard = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const storage = browserStorage();
    if (storage && storageKey) clearDraft(storage, storageKey);
    form.reset();
    setRestored(null);
  }, [form, storageKey]);

  return { restored, markSaved, discard };
}
