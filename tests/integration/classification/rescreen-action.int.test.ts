import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { createOrganization } from "../../helpers/factories";

const session = { actor: null as UserActor | null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { rescreenSystemAction } = await import("@/app/(app)/systems/[id]/classification/actions");

// The system page's "Re-screen" button. A blank id (found by the action fuzzer) passed the action's own schema and
// then failed the data layer's, which answered "Something went wrong" instead of a validation error.
describe("re-screening one system from its page", () => {
  it("answers a blank or over-long system id as invalid input, not as a server error", async () => {
    const { admin } = await createOrganization("Rescreen input");
    session.actor = admin;
    for (const systemId of [" ", "\t", "x".repeat(65)])
      expect(await rescreenSystemAction({ systemId }), JSON.stringify(systemId)).toMatchObject({
        ok: false,
        code: "VALIDATION",
      });
    expect(await rescreenSystemAction({ systemId: "cnotarealsystemid0000000000" })).toMatchObject({
      ok: true,
      data: { rescreened: 0 },
    });
  });
});
