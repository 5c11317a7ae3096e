import { describe, expect, it } from "vitest";
import { recordMonitoringEvent } from "@/lib/dal/monitoring/events";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { db } from "@/lib/db/client";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { one } from "../../helpers/expect-defined";
import { eventInput, highRiskSetup } from "../incidents/helpers";
import { inOrderOnRow, namedEditors, outcomeOf } from "./concurrency";

// Users racing each other are in lost-updates.int.test.ts; here the app's background writes race a user's edit.

describe("no lost updates from the app's own writes to versioned rows", () => {
  it("a monitoring breach racing an edit of the same obligation neither deadlocks nor overwrites the saved decision", async () => {
    const { organizationId, systemId, pmm } = await highRiskSetup();
    const editors = await namedEditors(organizationId, 2);
    const person = one(editors, 0, "the person editing");
    const monitor = one(editors, 1, "the monitoring editor");
    await db().obligation.update({ where: { id: pmm.id }, data: { status: "DONE" } });
    const decision = ZUpdateObligation.parse({
      obligationId: pmm.id,
      version: 1,
      status: "NOT_APPLICABLE",
      ownerId: "",
      dueDate: "",
      notApplicableReason: "The system was withdrawn from the market.",
    });

    // Both read the obligation as done at version 1; the person's save reaches the row first. The breach holds the
    // organisation's audit lock by then (it audits the event first), so the two take the same locks in opposite order.
    const race = await inOrderOnRow("Obligation", pmm.id, [
      () => outcomeOf(updateObligation(person.actor, decision)),
      () => outcomeOf(recordMonitoringEvent(monitor.actor, eventInput(systemId))),
    ]);

    expect(race.overlapped).toBeGreaterThanOrEqual(2);
    expect(race.outcomes).toEqual([{ ok: true }, { ok: true }]);
    // The saved decision stands: the breach still opens its task, but must not reopen a row it read before the save.
    const stored = await db().obligation.findUniqueOrThrow({
      where: { id: pmm.id },
      select: { status: true, notApplicableReason: true },
    });
    expect(stored).toEqual({
      status: "NOT_APPLICABLE",
      notApplicableReason: "The system was withdrawn from the market.",
    });
    expect(await db().task.count({ where: { organizationId, obligationId: pmm.id } })).toBe(1);
  });
});
