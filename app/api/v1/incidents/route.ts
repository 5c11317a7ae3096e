import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/incidents");
export const POST = apiHandler("POST", "/incidents");
