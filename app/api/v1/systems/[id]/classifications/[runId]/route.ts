import { apiRoute } from "@/lib/api/route-methods";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute("/systems/{id}/classifications/{runId}");
