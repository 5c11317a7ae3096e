import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "../email-request-form";

export const metadata: Metadata = { title: "New confirmation link" };

export default function ResendConfirmationPage() {
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Get a new confirmation link</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter the e-mail address you signed up with. The previous link stops working.
      </p>
      <EmailRequestForm kind="signup" />
      <p className="mt-6 text-sm text-slate-600">
        Not signed up yet?{" "}
        <Link href="/signup" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Create an organisation
        </Link>
      </p>
    </>
  );
}
