// The real API serving the built app (dist/), on a free port with a fresh database, and
// Debian's Chromium driven by Playwright.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

export const root = new URL("../../", import.meta.url).pathname;

export async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "partner-merge-e2e-"));
  const binary = process.env.PARTNER_MERGE_API ?? join(root, "target/release/partner-merge-api");
  const child = spawn(binary, ["--demo", "--port", "0", "--database", join(dir, "e2e.sqlite"), "--site", join(root, "dist")], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RUST_LOG: "warn" },
  });
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.startsWith("listening on ")) resolve(`http://${line.slice("listening on ".length)}`);
    });
    child.on("exit", (code) => reject(new Error(`the API exited with ${code}`)));
  });
  return {
    origin,
    stop() {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
