import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/policies");
