import { apiPathNotFound } from "@/lib/api/route-methods";

// Every path under /api/v1 that no operation serves answers problem+json like the API's other errors, not the
// site's HTML 404 page.
export const GET = apiPathNotFound;
export const HEAD = apiPathNotFound;
export const OPTIONS = apiPathNotFound;
export const POST = apiPathNotFound;
export const PUT = apiPathNotFound;
export const PATCH = apiPathNotFound;
export const DELETE = apiPathNotFound;
