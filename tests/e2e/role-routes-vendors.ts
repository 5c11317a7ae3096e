import { page, PUBLIC, type RoleRoute } from "./role-route-kinds";

// The vendor register and vendor requests (issue #20 part 1). The demo organisation has no vendor or request, so a
// member's view of one and another organisation's ids are proven in tests/integration/vendors/vendor-requests.int.test.ts.
export const VENDOR_ROUTES: Record<string, RoleRoute> = {
  "/vendors": page(() => "/vendors", "system.read", {
    marker: { role: "heading", name: "Register" },
    controls: [{ role: "heading", name: "Add a vendor", permission: "evidence.write" }],
  }),
  "/vendors/requests/new": page((ids) => `/vendors/requests/new?systemId=${ids.system}`, "evidence.write", {
    refusal: { notice: "You cannot request information from vendors" },
  }),
  "/vendors/[id]": {
    kind: "unprobed",
    why: "the demo organisation has no vendor; reading and foreign ids: tests/integration/vendors/vendor-requests.int.test.ts",
  },
  "/vendors/requests/[requestId]": {
    kind: "unprobed",
    why: "the demo organisation has no request; reading and foreign ids: tests/integration/vendors/vendor-requests.int.test.ts",
  },
  // The respondent portal: the link's secret is the credential, for one request of one organisation.
  "/respond/[token]": PUBLIC,
  "/respond/[token]/upload": PUBLIC,
};
