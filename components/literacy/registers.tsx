import Link from "next/link";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { LearningItemDTO } from "@/lib/dal/literacy/items";
import type { LiteracyPersonDTO } from "@/lib/dal/literacy/people";
import { LEARNING_KINDS } from "@/lib/validations/literacy";
import { RemoveButton } from "./remove-button";

const KIND = Object.fromEntries(LEARNING_KINDS);
const td = "px-3 py-2 align-top";

export function PeopleTable({
  people,
  remove,
}: {
  people: LiteracyPersonDTO[];
  remove?: ServerAction<{ personId: string }>;
}) {
  if (people.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-600">No one found. Add people, import a CSV, or search again.</p>;
  return (
    <Table caption="People in the literacy register">
      <TableHead>
        <Th>Name</Th>
        <Th>E-mail</Th>
        <Th>Job role</Th>
        <Th>Business unit</Th>
        <Th>Trainings</Th>
        {remove && (
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {people.map((p) => (
          <tr key={p.id}>
            <td className={td}>
              <Link href={`/literacy?tab=people&person=${p.id}`} className="text-indigo-700 underline">
                {p.name}
              </Link>{" "}
              {p.isMember && <Badge>Member</Badge>}
            </td>
            <td className={`${td} break-all`}>{p.email}</td>
            <td className={td}>{p.jobRole || "—"}</td>
            <td className={td}>{p.unitName ?? "—"}</td>
            <td className={td}>{p.completions}</td>
            {remove && (
              <td className={td}>
                <RemoveButton
                  what={p.name}
                  confirm={`Remove ${p.name} from the register, with their trainings and assignments?`}
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

export function ItemsTable({ items, remove }: { items: LearningItemDTO[]; remove?: ServerAction<{ itemId: string }> }) {
  if (items.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No learning items yet.</p>;
  return (
    <Table caption="Learning items">
      <TableHead>
        <Th>Title</Th>
        <Th>Kind</Th>
        <Th>Refresher</Th>
        <Th>Meant for</Th>
        <Th>Completions</Th>
        {remove && (
          <Th>
            <span className="sr-only">Actions</span>
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
                  <span className="sr-only"> (edit)</span>
                </Link>
              ) : (
                <span className="font-medium text-slate-900">{i.title}</span>
              )}
              {i.description && <span className="block text-slate-600">{i.description}</span>}
            </td>
            <td className={td}>{KIND[i.kind]}</td>
            <td className={td}>{i.validityMonths ? `Every ${i.validityMonths} months` : "None"}</td>
            <td className={td}>
              {i.allSystems ? "Every AI system" : i.systems.map((s) => s.name).join(", ") || "No system yet"}
              {i.intendedRoles.length > 0 && (
                <span className="block text-slate-600">Roles: {i.intendedRoles.join(", ")}</span>
              )}
            </td>
            <td className={td}>{i.completions}</td>
            {remove && (
              <td className={td}>
                <RemoveButton
                  what={i.title}
                  confirm={`Remove “${i.title}” and the ${i.completions} completions recorded for it?`}
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
