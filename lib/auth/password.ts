import bcrypt from "bcryptjs";

// bcrypt cost 12: ~250 ms per hash on a 2-core machine, slow enough to deter guessing.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/** Compares against a throw-away hash when the user does not exist, so timing does not reveal accounts. */
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= bcrypt.hash("paydown-no-such-user", COST);
  return dummyHash.then((h) => bcrypt.compare(password, h)).then(() => false);
}
