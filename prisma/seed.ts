import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "@/lib/demo/seed";
import { disconnectDatabase } from "@/lib/db/lifecycle";

/** `paydown seed` (and `prisma db seed`): loads the labelled demo organization into DATABASE_URL. */
export async function seed(): Promise<number> {
  try {
    await seedDemo({ log: console.log });
    console.log(`Demo data loaded. Sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
    return 0;
  } finally {
    await disconnectDatabase();
  }
}
