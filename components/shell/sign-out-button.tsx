"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <Button variant="secondary" className={className} onClick={() => signOut({ callbackUrl: "/login?reason=signedout" })}>
      Sign out
    </Button>
  );
}
