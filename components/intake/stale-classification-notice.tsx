import Link from "next/link";
import { Alert } from "@/components/ui/alert";

// The classification was made from an earlier intake revision, so its result may no longer fit the system.
export function StaleClassificationNotice({ systemId, canRescreen }: { systemId: string; canRescreen: boolean }) {
  return (
    <Alert tone="info" title="The classification may be out of date">
      The intake changed after the system was last classified.{" "}
      {canRescreen ? (
        <Link href={`/systems/${systemId}/classify`} className="font-medium underline underline-offset-2">
          Re-screen the system
        </Link>
      ) : (
        "A compliance officer should re-screen it"
      )}{" "}
      to see whether its tier or obligations change.
    </Alert>
  );
}
