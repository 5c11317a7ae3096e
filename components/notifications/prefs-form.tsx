"use client";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
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
      <Table caption="Notification channels per kind">
        <TableHead className="bg-transparent">
          <Th className="px-4 py-3 sm:px-5">Notification</Th>
          {/* Narrower checkbox columns on a phone leave the descriptions room to read. */}
          <Th className="w-24 px-3 py-3 text-center sm:w-28 sm:px-5">In Actlas</Th>
          <Th className="w-24 px-3 py-3 text-center sm:w-28 sm:px-5">E-mail</Th>
        </TableHead>
        <TableBody>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <Th scope="row" className="px-4 py-4 font-normal sm:px-5">
                <span id={`pref-${kind}`} className="block font-medium text-slate-900">
                  {NOTIFICATION_KIND_LABELS[kind].title}
                </span>
                <span className="block text-slate-600">{NOTIFICATION_KIND_LABELS[kind].description}</span>
              </Th>
              {(["inApp", "email"] as const).map((channel) => (
                <td key={channel} className="px-3 py-4 text-center sm:px-5">
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
        </TableBody>
      </Table>
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
