import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/access/permissions";

// Every signed-in page needs the session, the person (the shell's viewer) and their membership of the active
// organisation (authorize(), the unread badge's preferences). The session lookup reads all three in one statement
// and keeps them here for the rest of the render, where they were three statements on every page.
// The holder lives in React's per-render cache, so outside a server-component render (server actions, route
// handlers, scripts, tests) every call gets an empty one: a role changed by an action is read afresh there, as before.

export type SessionMembership = {
  organizationId: string;
  name: string;
  role: Role;
  notificationPrefs: unknown;
  // The organisation's place in name order (the database's collation), for the viewer's organisation switcher.
  nameOrder: number;
};

export type SessionRows = { userId: string; name: string; email: string; memberships: SessionMembership[] };

const holder = cache((): { rows: SessionRows | null } => ({ rows: null }));

/** Keeps what the session lookup read for this render. */
export function keepSessionRows(rows: SessionRows): void {
  holder().rows = rows;
}

/** What this render's session lookup read about `userId`, or null outside a render (or for someone else). */
export function sessionRowsOf(userId: string): SessionRows | null {
  const { rows } = holder();
  return rows?.userId === userId ? rows : null;
}
