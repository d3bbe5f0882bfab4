import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Your role in this organization does not allow this page. An admin can change your role.</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline dark:text-blue-400">
        Back to your organizations
      </Link>
    </div>
  );
}
