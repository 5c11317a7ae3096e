// Moved to lib/access (below the data layer, which lib/auth sits above). Kept for importers not moved yet.
export type * from "@/lib/access/actor";
