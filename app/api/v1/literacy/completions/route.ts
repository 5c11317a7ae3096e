import { apiHandler } from "@/lib/api/handler";

export const POST = apiHandler("POST", "/literacy/completions");
