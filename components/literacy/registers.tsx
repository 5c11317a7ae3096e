import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { LearningItemDTO } from "@/lib/dal/literacy/items";
import type { LiteracyPersonDTO } from "@/lib/dal/literacy/people";
import type { LEARNING_KINDS } from "@/lib/validations/literacy";
import { RemoveButton } from "./remove-button";

const KIND_KEY = {
  COURSE: "kindCourse",
  BRIEFING: "kindBriefing",
  DOCUMENT: "kindDocument",
  EXTERNAL_CERTIFICATE: "kindExternalCertificate",
} as const satisfies Record<(typeof LEARNING_KINDS)[number][0], string>;
const td = "px-3 py-2 align-top";

export async function PeopleTable({
  people,
  remove,
}: {
  people: LiteracyPersonDTO[];
  remove?: ServerAction<{ personId: string }>;
}) {
  const t = await getTranslations("LiteracyTables");
  if (people.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noPeople")}</p>;
  // Below md each person reads as a card (.table-cards in app/globals.css): name across, each fact labelled.
  const fact = (label: string, value: ReactNode) => (
    <td role="cell" className={td} data-fact="">
      <span className="text-slate-600 md:hidden">{label}</span>
      <span className="break-words">{value}</span>
    </td>
  );
  return (
    <Table caption={t("peopleCaption")} tableClassName="table-cards" explicitRoles>
      <TableHead>
        <Th role="columnheader">{t("colName")}</Th>
        <Th role="columnheader">{t("colEmail")}</Th>
        <Th role="columnheader">{t("colJobRole")}</Th>
        <Th role="columnheader">{t("colUnit")}</Th>
        <Th role="columnheader">{t("colTrainings")}</Th>
        {remove && (
          <Th role="columnheader">
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        )}
      </TableHead>
      <TableBody role="rowgroup">
        {people.map((p) => (
          <tr key={p.id} role="row">
            <td role="cell" className={td}>
              <Link href={`/literacy?tab=people&person=${p.id}`} className="text-indigo-700 underline">
                {p.name}
              </Link>{" "}
              {p.isMember && <Badge>{t("member")}</Badge>}
            </td>
            {fact(t("colEmail"), p.email)}
            {fact(t("colJobRole"), p.jobRole || "—")}
            {fact(t("colUnit"), p.unitName ?? "—")}
            {fact(t("colTrainings"), p.completions)}
            {remove && (
              <td role="cell" className={td}>
                <RemoveButton
                  what={p.name}
                  label={t("remove")}
                  confirm={t("removePerson", { name: p.name })}
                  action={remove}
                  input={{ personId: p.id }}
                />
              </td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

export async function ItemsTable({
  items,
  remove,
}: {
  items: LearningItemDTO[];
  remove?: ServerAction<{ itemId: string }>;
}) {
  const t = await getTranslations("LiteracyTables");
  if (items.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noItems")}</p>;
  return (
    <Table caption={t("itemsCaption")}>
      <TableHead>
        <Th>{t("colTitle")}</Th>
        <Th>{t("colKind")}</Th>
        <Th>{t("colRefresher")}</Th>
        <Th>{t("colMeantFor")}</Th>
        <Th>{t("colCompletions")}</Th>
        {remove && (
          <Th>
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {items.map((i) => (
          <tr key={i.id}>
            <td className={td}>
              {remove ? (
                <Link href={`/literacy?tab=items&item=${i.id}`} className="font-medium text-indigo-700 underline">
                  {i.title}
                  <span className="sr-only">{t("editSuffix")}</span>
                </Link>
              ) : (
                <span className="font-medium text-slate-900">{i.title}</span>
              )}
              {i.description && <span className="block text-slate-600">{i.description}</span>}
            </td>
            <td className={td}>{t(KIND_KEY[i.kind])}</td>
            <td className={td}>{i.validityMonths ? t("everyMonths", { months: i.validityMonths }) : t("none")}</td>
            <td className={td}>
              {i.allSystems ? t("everySystem") : i.systems.map((s) => s.name).join(", ") || t("noSystemYet")}
              {i.intendedRoles.length > 0 && (
                <span className="block text-slate-600">{t("roles", { roles: i.intendedRoles.join(", ") })}</span>
              )}
            </td>
            <td className={td}>{i.completions}</td>
            {remove && (
              <td className={td}>
                <RemoveButton
                  what={i.title}
                  label={t("remove")}
                  confirm={t("removeItem", { title: i.title, count: i.completions })}
                  action={remove}
                  input={{ itemId: i.id }}
                />
              </td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
