import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/systems");
export const POST = apiHandler("POST", "/systems");
