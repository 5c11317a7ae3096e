import type { RoleRoute } from "./role-route-kinds";
import { DEPLOYER_PACK_ROUTES } from "./role-routes-deployer-pack";
import { LANGUAGE_ROUTES } from "./role-routes-language";
import { LITERACY_FILE_ROUTES } from "./role-routes-literacy";
import { VENDOR_ROUTES } from "./role-routes-vendors";

// Features whose routes are declared in files of their own, joined here so role-routes.ts stays under the line limit.
export const FEATURE_ROUTES: Record<string, RoleRoute> = {
  ...LITERACY_FILE_ROUTES,
  ...VENDOR_ROUTES,
  ...DEPLOYER_PACK_ROUTES,
  ...LANGUAGE_ROUTES,
};
