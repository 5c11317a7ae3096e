import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/risks/{riskId}");
export const PATCH = apiHandler("PATCH", "/risks/{riskId}");
