import { apiHandler } from "@/lib/api/handler";

export const PUT = apiHandler("PUT", "/risks/{riskId}/obligations/{obligationId}");
export const DELETE = apiHandler("DELETE", "/risks/{riskId}/obligations/{obligationId}");
