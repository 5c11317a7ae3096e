import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { HttpMethod } from "@/lib/api/types";

const TONES: Record<HttpMethod, BadgeTone> = {
  GET: "blue",
  POST: "green",
  PUT: "amber",
  PATCH: "amber",
  DELETE: "red",
};

export function MethodBadge({ method }: { method: HttpMethod }) {
  return (
    <Badge tone={TONES[method]} className="w-16 justify-center font-mono">
      {method}
    </Badge>
  );
}
