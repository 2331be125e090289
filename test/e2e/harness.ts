/**
 * The end-to-end bed: the task pane built by webpack into a temporary folder, served on
 * 127.0.0.1 by node:http, and Debian's Chromium driven by playwright-core. The page's
 * office.js URL is rewritten to /office-js/<mode>/office.js, where mode is
 * - "fake": a bundle that installs the fake Excel (fake-office-entry.ts);
 * - "real": Microsoft's office.js from @microsoft/office-js (outside Office it reports no host);
 * - "missing": 404, as on a machine with no internet.
 * Every request to another origin is refused, so nothing leaves the machine.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const root = join(import.meta.dirname, "..", "..");
const officeDist = join(root, "node_modules", "@microsoft", "office-js", "dist");

export type OfficeMode = "fake" | "real" | "missing";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Bed {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export class MissingChromiumError extends Error {
  override name = "MissingChromiumError";
}

export async function startBed(): Promise<Bed> {
  if (!existsSync(CHROMIUM))
    throw new MissingChromiumError(
      `Chromium is not installed at ${CHROMIUM}: run "bash scripts/install-system.sh" (Debian package "chromium").`,
    );
  const out = await mkdtemp(join(tmpdir(), "tonghop-e2e-"));
  await promisify(execFile)(
    process.execPath,
    [
      join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "production",
      "--output-path",
      out,
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  const fake = await build({
    entryPoints: [join(import.meta.dirname, "fake-office-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const fakeJs = fake.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    void serve(out, fakeJs, request.url ?? "/").then(({ status, type, body }) => {
      response.writeHead(status, { "content-type": type });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return { url, browser, close: () => closeAll(browser, server) };
}

async function closeAll(browser: Browser, server: Server): Promise<void> {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function serve(
  out: string,
  fakeJs: string,
  rawUrl: string,
): Promise<{ status: number; type: string; body: string | Buffer }> {
  const url = new URL(rawUrl, "http://127.0.0.1");
  const notFound = { status: 404, type: "text/plain", body: "not found" };
  const office = /^\/office-js\/(fake|real|missing)\/(.+)$/.exec(url.pathname);
  if (office) {
    if (office[1] === "fake") return { status: 200, type: TYPES[".js"]!, body: fakeJs };
    if (office[1] === "missing") return notFound;
    const file = normalize(join(officeDist, office[2]!));
    if (!file.startsWith(officeDist) || !existsSync(file)) return notFound;
    return { status: 200, type: TYPES[".js"]!, body: await readFile(file) };
  }
  const path = normalize(join(out, url.pathname === "/" ? "taskpane.html" : url.pathname));
  if (!path.startsWith(out) || !existsSync(path)) return notFound;
  const body = await readFile(path);
  if (extname(path) !== ".html")
    return { status: 200, type: TYPES[extname(path)] ?? "application/octet-stream", body };
  const mode = url.searchParams.get("office") ?? "fake";
  const html = body.toString("utf8").split(OFFICE_CDN).join(`/office-js/${mode}/office.js`);
  return { status: 200, type: TYPES[".html"]!, body: html };
}

/** A new page at the task pane's default width, with only 127.0.0.1 reachable. */
export async function openPane(
  bed: Bed,
  options: { office: OfficeMode; lang?: string; api?: string },
): Promise<Page> {
  const context = await bed.browser.newContext({
    viewport: { width: 350, height: 900 },
    acceptDownloads: true,
  });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const query = new URLSearchParams({ office: options.office, lang: options.lang ?? "en-US" });
  if (options.api) query.set("api", options.api);
  await page.goto(`${bed.url}/taskpane.html?${query.toString()}`);
  return page;
}
