import { page, PUBLIC, sys, type RoleRoute } from "./role-route-kinds";

// The deployer pack's routes. Who may publish and make links (evidence.write) is proven through the actions in
// tests/integration/deployer-pack/deployer-pack.int.test.ts: the form shows only on systems the organisation provides.
export const DEPLOYER_PACK_ROUTES: Record<string, RoleRoute> = {
  "/systems/[id]/deployer-pack": page(sys("/deployer-pack"), "system.read", {
    marker: { role: "link", name: "Deployer pack" },
  }),
  "/systems/[id]/deployer-pack/[packId]": {
    kind: "unprobed",
    why: "the demo organisation has no published pack; a member's download and a foreign id: tests/integration/deployer-pack",
  },
  // Customer links: the secret is the credential (a link never reaches another organisation: the same tests).
  "/pack/[token]": PUBLIC,
  "/pack/[token]/pdf": PUBLIC,
  "/pack/[token]/files/[index]": PUBLIC,
};
