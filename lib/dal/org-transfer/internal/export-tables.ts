import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export type Row = Record<string, unknown>;

// The few delegate methods the export and import use, for any table by name: the table list is data
// (org-export-spec.ts), so the code does not repeat itself for twenty models.
type Delegate = {
  findMany(args: { where: Row; orderBy: Row[]; skip: number; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(args: { where: Row }): Promise<number>;
};

export function tableDelegate(client: Tx | ReturnType<typeof db>, key: string): Delegate {
  const delegate = (client as unknown as Record<string, Delegate | undefined>)[key];
  if (!delegate) throw new Error(`No table ${key} in the database client.`);
  return delegate;
}
