/** The e2e suite's own database and server settings, shared by the server and the fixtures. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/paydown_e2e";
