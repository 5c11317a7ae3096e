import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { listSystems } from "@/lib/dal/systems/system-list";
import { createSystem } from "@/lib/dal/systems/systems";
import { createOrganization } from "../../helpers/factories";
import { parsedIntake } from "../intake/intake-fixtures";
import { replicaOutcomes } from "./replica-outcomes";

// A replica that accepts connections and never answers (a hung server, a black-holing firewall): the read waits for
// it about two seconds once, is served by the primary, and the next reads do not wait for it again.

const sockets: net.Socket[] = [];
const silent = net.createServer((socket) => void sockets.push(socket));
let admin: UserActor;

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as net.AddressInfo;
  // Set before this file's first query: the replica clients are made from the environment on first use.
  process.env.DATABASE_REPLICA_URLS = `postgresql://postgres:postgres@127.0.0.1:${port}/actlas`;
  ({ admin } = await createOrganization("Hung replica"));
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URLS;
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

it("serves the read from the primary when the replica does not answer, and stops waiting for it", async () => {
  await createSystem(admin, parsedIntake({ name: "Only system" }));
  const before = await replicaOutcomes();

  let started = Date.now();
  const list = await listSystems(admin, { page: 1, pageSize: 50, sort: "name" });
  expect(list.rows.map((r) => r.name)).toEqual(["Only system"]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(sockets.length).toBeGreaterThan(0);
  const found = await replicaOutcomes();
  expect(found.unreachable - before.unreachable).toBeGreaterThanOrEqual(1);

  started = Date.now();
  expect((await getDashboard(admin, {})).systems.total).toBe(1);
  expect(Date.now() - started).toBeLessThan(1_500);
  expect(await replicaOutcomes()).toEqual(found);
});
