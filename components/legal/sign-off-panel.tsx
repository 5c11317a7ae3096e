"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { TSignOffDerogation } from "@/lib/validations/legal-records";

type Props = {
  systemId: string;
  version: number;
  canSignOff: boolean;
  /** Why sign-off is not possible yet, or null when it is. */
  blocker: string | null;
  signedOff: { by: string; at: string } | null;
  action: (
    input: TSignOffDerogation,
  ) => Promise<ActionResult<{ runSequence: number; disposition: "final" | "requires_review" }>>;
};

// Legal's sign-off: it stores a new classification run in which the engine treats the assessment as reviewed.
export function SignOffPanel({ systemId, version, canSignOff, blocker, signedOff, action }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const onClick = () =>
    start(async () => {
      setMessage(null);
      const result = await action({ systemId, version }).catch(() => null);
      if (!result)
        return setMessage({
          tone: "error",
          text: "The server could not be reached. Check your connection and try again.",
        });
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      const rest =
        result.data.disposition === "final"
          ? "The classification no longer requires review."
          : "The engine settled its Art 6(3) question; other open questions still need review on the Classification tab.";
      setMessage({ tone: "ok", text: `Signed off. Classification run ${result.data.runSequence} was stored. ${rest}` });
      router.refresh();
    });
  return (
    <Card>
      <CardHeader
        title="Legal sign-off"
        description="Until legal signs the assessment off, the classification keeps the derogation under review (Art 6(4))."
      />
      <CardBody className="space-y-3 text-sm">
        {signedOff ? (
          <p className="text-slate-800">
            Signed off by <span className="font-medium">{signedOff.by}</span> on {signedOff.at}. Saving any change to
            the assessment clears this sign-off and puts the derogation under review again.
          </p>
        ) : blocker ? (
          <p className="text-slate-800">{blocker}</p>
        ) : canSignOff ? (
          <p className="text-slate-800">
            The assessment is complete. By signing it off you confirm the condition relied on and the profiling check; a
            new classification run is stored.
          </p>
        ) : (
          <p className="text-slate-800">The assessment is complete and awaits sign-off by legal or an administrator.</p>
        )}
        {!signedOff && !blocker && canSignOff && (
          <Button type="button" onClick={onClick} disabled={pending} aria-describedby="sign-off-status">
            {pending ? "Signing off…" : "Sign off the assessment"}
          </Button>
        )}
        <p
          id="sign-off-status"
          role="status"
          className={message?.tone === "error" ? "font-medium text-red-700" : "font-medium text-emerald-800"}
        >
          {message?.text ?? ""}
        </p>
      </CardBody>
    </Card>
  );
}
