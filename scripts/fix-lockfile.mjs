#!/usr/bin/env node
// Some registry mirrors serve only the current platform's native packages, so npm writes a
// lockfile without entries for the other platforms' optional binaries, and `npm ci` then
// refuses it. This adds those entries with their os/cpu, so npm ci skips them everywhere but
// on their own platform (where npm fetches them as usual). Run after changing dependencies.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const pkgs = lock.packages;

const OS = ["darwin", "win32", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony", "linux"];
const CPU = { arm64: "arm64", aarch64: "arm64", x64: "x64", ia32: "ia32", "arm-": "arm", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32", mips64el: "mips64el" };

function platformOf(name) {
  const base = name.split("/").pop();
  const entry = {};
  const os = OS.find((o) => base.includes(o));
  if (os) entry.os = [os];
  const cpuKey = Object.keys(CPU).find((k) => base.includes(k));
  if (cpuKey) entry.cpu = [CPU[cpuKey]];
  if (base.includes("musl")) entry.libc = ["musl"];
  else if (base.includes("gnu") && os === "linux") entry.libc = ["glibc"];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    // npm looks for the dependency beside the package, then up the tree; top level is where it lands.
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[top]) continue;
    const platform = platformOf(dep);
    if (!platform.os && !platform.cpu) continue; // not a platform binary: leave npm's judgement alone
    pkgs[top] = { version: spec.replace(/^[\^~=]/, ""), ...platform, optional: true };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`fix-lockfile: added ${added} platform entries to ${file}`);
