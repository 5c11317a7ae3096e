// Postgres transaction snapshots (pg_current_snapshot(), "xmin:xmax:xip,…" with 64-bit transaction ids): which
// transactions a query would see as finished. Pure, so the replica routing's one decision is unit-tested.

export type Snapshot = { xmin: bigint; xmax: bigint; xip: bigint[] };

const SNAPSHOT = /^(\d+):(\d+):([\d,]*)$/;

export function parseSnapshot(text: string): Snapshot | undefined {
  const match = SNAPSHOT.exec(text);
  if (!match) return undefined;
  const xip = match[3] ? match[3].split(",").map((x) => BigInt(x)) : [];
  return { xmin: BigInt(match[1] ?? 0), xmax: BigInt(match[2] ?? 0), xip };
}

/**
 * True when every transaction that had finished on the primary when `primary` was taken has also finished in
 * `standby`, a snapshot taken on a hot standby: a query there then sees every change the primary had acknowledged.
 * Transactions still running on the primary do not count; the standby may not have heard of them yet.
 */
export function coversPrimary(standby: Snapshot, primary: Snapshot): boolean {
  const running = new Set(primary.xip);
  // Ids the primary has handed out that the standby has not reached: each must still be running on the primary.
  if (standby.xmax < primary.xmax) {
    if (primary.xmax - standby.xmax > BigInt(running.size)) return false;
    for (let xid = standby.xmax; xid < primary.xmax; xid++) if (!running.has(xid)) return false;
  }
  // And the standby may see as running only what the primary does (or ids the primary had not handed out yet).
  return standby.xip.every((xid) => xid >= primary.xmax || running.has(xid));
}
