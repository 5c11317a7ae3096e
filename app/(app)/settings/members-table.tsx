"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { ROLES, type Role } from "@/lib/access/permissions";
import type { MemberDTO } from "@/lib/dal/accounts/members";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { changeMemberRoleAction, removeMemberAction } from "./actions";

export function MembersTable({
  members,
  currentUserId,
  canManage,
  roles,
}: {
  members: MemberDTO[];
  currentUserId: string;
  canManage: boolean;
  roles: Record<Role, string>;
}) {
  const t = useTranslations("Members");
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>, success: string) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await fn();
      if (result.ok) setNotice(success);
      else setError(result.error ?? null);
    });
  return (
    <div>
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {notice && (
        <div className="px-5 pt-4">
          <Alert tone="success">{notice}</Alert>
        </div>
      )}
      <Table caption={t("caption")}>
        <TableHead className="font-normal">
          <Th className="px-5 font-medium">{t("name")}</Th>
          <Th className="px-5 font-medium">{t("email")}</Th>
          <Th className="px-5 font-medium">{t("role")}</Th>
          <Th className="px-5 font-medium">{t("joined")}</Th>
          {canManage && (
            <Th className="px-5 font-medium">
              <span className="sr-only">{t("actions")}</span>
            </Th>
          )}
        </TableHead>
        <TableBody>
          {members.map((m) => (
            <tr key={m.membershipId}>
              <td className="px-5 py-3 font-medium text-slate-900">
                {m.name}
                {m.userId === currentUserId && <span className="text-slate-600"> {t("you")}</span>}
              </td>
              <td className="px-5 py-3 text-slate-700">{m.email}</td>
              <td className="px-5 py-3">
                {canManage ? (
                  <select
                    aria-label={t("roleOf", { name: m.name })}
                    defaultValue={m.role}
                    disabled={pending}
                    onChange={(e) => {
                      const role = e.target.value as Role;
                      run(
                        () => changeMemberRoleAction({ membershipId: m.membershipId, role }),
                        t("roleChanged", { name: m.name, role: roles[role] }),
                      );
                    }}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roles[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  roles[m.role]
                )}
              </td>
              <td className="px-5 py-3 text-slate-700">{formatDateIn(locale, m.joinedAt)}</td>
              {canManage && (
                <td className="px-5 py-3 text-right">
                  {m.userId !== currentUserId && (
                    <Button
                      variant="ghost"
                      disabled={pending}
                      onClick={() =>
                        run(() => removeMemberAction({ membershipId: m.membershipId }), t("removed", { name: m.name }))
                      }
                    >
                      {t("remove")}
                      <span className="sr-only"> {m.name}</span>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
