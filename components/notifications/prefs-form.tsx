"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import {
  NOTIFICATION_KINDS,
  ZNotificationPrefs,
  type NotificationKind,
  type TNotificationPrefs,
} from "@/lib/validations/notifications";

type Props = { prefs: TNotificationPrefs; save: ServerAction<TNotificationPrefs, TNotificationPrefs> };

// Each kind's name and description in the reader's language (NOTIFICATION_KIND_LABELS keeps the English for the API).
const KIND_KEYS = {
  obligation_due: ["obligationDueTitle", "obligationDueText"],
  obligation_overdue: ["obligationOverdueTitle", "obligationOverdueText"],
  incident_deadline: ["incidentDeadlineTitle", "incidentDeadlineText"],
  review_pending: ["reviewPendingTitle", "reviewPendingText"],
  review_requested: ["reviewRequestedTitle", "reviewRequestedText"],
  review_replied: ["reviewRepliedTitle", "reviewRepliedText"],
  risk_review_due: ["riskReviewDueTitle", "riskReviewDueText"],
  literacy_expiring: ["literacyExpiringTitle", "literacyExpiringText"],
  policy_published: ["policyPublishedTitle", "policyPublishedText"],
  policy_approval_requested: ["policyApprovalRequestedTitle", "policyApprovalRequestedText"],
  policy_acknowledgements_outstanding: [
    "policyAcknowledgementsOutstandingTitle",
    "policyAcknowledgementsOutstandingText",
  ],
  vendor_request: ["vendorRequestTitle", "vendorRequestText"],
} as const satisfies Record<NotificationKind, readonly [string, string]>;

export function PrefsForm({ prefs, save }: Props) {
  const t = useTranslations("NotificationPrefs");
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
      <Table caption={t("caption")}>
        <TableHead className="bg-transparent">
          <Th className="px-4 py-3 sm:px-5">{t("notification")}</Th>
          {/* Narrower checkbox columns on a phone leave the descriptions room to read. */}
          <Th className="w-24 px-3 py-3 text-center sm:w-28 sm:px-5">{t("inApp")}</Th>
          <Th className="w-24 px-3 py-3 text-center sm:w-28 sm:px-5">{t("email")}</Th>
        </TableHead>
        <TableBody>
          {NOTIFICATION_KINDS.map((kind) => {
            const [titleKey, textKey] = KIND_KEYS[kind];
            const title = t(titleKey);
            return (
              <tr key={kind}>
                <Th scope="row" className="px-4 py-4 font-normal sm:px-5">
                  <span id={`pref-${kind}`} className="block font-medium text-slate-900">
                    {title}
                  </span>
                  <span className="block text-slate-600">{t(textKey)}</span>
                </Th>
                {(["inApp", "email"] as const).map((channel) => (
                  <td key={channel} className="px-3 py-4 text-center sm:px-5">
                    <input
                      type="checkbox"
                      aria-label={channel === "inApp" ? t("inAppFor", { kind: title }) : t("emailFor", { kind: title })}
                      className="h-4 w-4 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                      {...form.register(`${kind}.${channel}`)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </TableBody>
      </Table>
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 px-5 py-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        {saved && !form.formState.isDirty && <Alert tone="success">{t("saved")}</Alert>}
        {formError && <Alert tone="error">{formError}</Alert>}
      </div>
    </form>
  );
}
