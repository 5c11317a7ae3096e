"use client";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  ZNotificationPrefs,
  type TNotificationPrefs,
} from "@/lib/validations/notifications";

type Props = { prefs: TNotificationPrefs; save: ServerAction<TNotificationPrefs, TNotificationPrefs> };

export function PrefsForm({ prefs, save }: Props) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZNotificationPrefs,
    action: save,
    defaultValues: prefs,
    onSuccess: (data) => {
      form.reset(data);
      setSaved(true);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
      noValidate
    >
      <table className="w-full text-sm">
        <caption className="sr-only">Reminder channels per kind</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <th scope="col" className="px-5 py-3">
              Reminder
            </th>
            <th scope="col" className="w-28 px-5 py-3 text-center">
              In Actlas
            </th>
            <th scope="col" className="w-28 px-5 py-3 text-center">
              E-mail
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row" className="px-5 py-4 text-left font-normal">
                <span id={`pref-${kind}`} className="block font-medium text-slate-900">
                  {NOTIFICATION_KIND_LABELS[kind].title}
                </span>
                <span className="block text-slate-600">{NOTIFICATION_KIND_LABELS[kind].description}</span>
              </th>
              {(["inApp", "email"] as const).map((channel) => (
                <td key={channel} className="px-5 py-4 text-center">
                  <input
                    type="checkbox"
                    aria-label={`${NOTIFICATION_KIND_LABELS[kind].title}: ${channel === "inApp" ? "in Actlas" : "e-mail"}`}
                    className="h-4 w-4 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                    {...form.register(`${kind}.${channel}`)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 px-5 py-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save settings
        </Button>
        {saved && !form.formState.isDirty && <Alert tone="success">Your notification settings are saved.</Alert>}
        {formError && <Alert tone="error">{formError}</Alert>}
      </div>
    </form>
  );
}
