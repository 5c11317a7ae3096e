import { beforeAll, describe, expect, it, vi } from "vitest";
import { apiHandler } from "@/lib/api/handler";
import { API_ROUTES } from "@/lib/api/routes";
import { createApiToken } from "@/lib/dal/integrations/api-tokens";
import { API_SCOPES } from "@/lib/validations/api-token";
import { defined, one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { createRichOrganization } from "../import-export/rich-org";
import { fingerprint, idsOf, validInputs } from "./tenant-probe";

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

// Every /api/v1 operation, called with a full-scope token of another organisation and the victim's ids.
describe("tenant isolation of every REST API operation", () => {
  let victim: { organizationId: string };
  let pool: Awaited<ReturnType<typeof idsOf>>;
  let token = "";
  let probed = 0;

  beforeAll(async () => {
    victim = await createRichOrganization();
    pool = await idsOf(victim.organizationId);
    const outsider = await createOrganization("API outsider");
    token = (await createApiToken(outsider.admin, { name: "outsider", scopes: [...API_SCOPES], lifetime: "never" }))
      .token;
  }, 120_000);

  it.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: another organisation's ids are not found and nothing changes",
    async (_label, route) => {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => defined(m[1], "path parameter name"));
      const bodies = route.body ? validInputs(route.body, pool, 3) : [undefined];
      for (const [i, body] of (bodies.length ? bodies : [{}]).entries()) {
        const params = Object.fromEntries(
          names.map((name, j) => [
            name,
            name === "version"
              ? "1"
              : ((pool.byTable.get(
                  name === "id"
                    ? route.path.startsWith("/models")
                      ? "aimodel"
                      : "aisystem"
                    : name.replace(/Id$/, "").toLowerCase(),
                ) ?? pool.all)[(i + j) % 2] ?? one(pool.all, 0, "an id of the victim")),
          ]),
        );
        const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
          encodeURIComponent(defined(params[name], `the {${name}} parameter`)),
        );
        const before = await fingerprint(victim.organizationId);
        const hasBody = route.method !== "GET" && route.method !== "DELETE";
        const response = await apiHandler(route.method, route.path)(
          new Request(`http://localhost/api/v1${path}`, {
            method: route.method,
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: hasBody ? JSON.stringify(body ?? {}) : undefined,
          }),
          { params: Promise.resolve(params) },
        );
        const text = await response.text();
        expect(response.status, `${route.method} ${path}: ${text.slice(0, 200)}`).toBeLessThan(500);
        if (names.length && route.scope !== "public")
          expect(
            response.status,
            `${route.method} ${path} answered with another organisation's resource`,
          ).toBeGreaterThanOrEqual(400);
        for (const marker of ["Rich scored", "Rich second", ...Object.values(params).filter((id) => id.length > 8)]) {
          if (response.status < 400)
            expect(text.includes(marker), `${route.method} ${path} shows ${marker}`).toBe(false);
        }
        expect(await fingerprint(victim.organizationId), `${route.method} ${path} changed the victim's rows`).toEqual(
          before,
        );
      }
      probed += 1;
    },
  );

  it("probed every registered operation", () => {
    console.log(
      `tenant isolation (API): ${API_ROUTES.length} operations registered, ${probed} probed with another organisation's token`,
    );
    expect(probed).toBe(API_ROUTES.length);
  });
});
