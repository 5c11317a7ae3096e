import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "../email-request-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Reset your password</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter the e-mail address of your account. We will send you a link to choose a new password.
      </p>
      <EmailRequestForm kind="reset" />
      <p className="mt-6 text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
