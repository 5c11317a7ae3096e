import { apiHandler } from "@/lib/api/handler";

export const runtime = "nodejs";
export const GET = apiHandler("GET", "/systems/{id}/evidence");
export const POST = apiHandler("POST", "/systems/{id}/evidence");
