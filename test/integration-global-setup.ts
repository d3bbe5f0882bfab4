import { recreateDatabase } from "./migrate";
import { TEST_DATABASE_URL } from "./test-db";

export default async function setup(): Promise<void> {
  await recreateDatabase(TEST_DATABASE_URL);
}
