// Validates an add-in manifest offline: first against Microsoft's XSDs (kept beside this
// file in manifest-schemas/, checked by libxml2 compiled to WebAssembly, so no system
// package and no network), then the store's rules the XSDs cannot express:
//   - every URL is https;
//   - every URL shares one origin (scheme + host + port), the one SourceLocation names, so a
//     build for another server can swap it in one place (webpack.config.js does that);
//   - every icon URL points into assets/ and the file exists there;
//   - every resid names a resource declared under <Resources>.
// Usage: node scripts/validate-manifest.mjs manifest.xml [--root DIR]
// DIR is the folder the origin serves (default: the manifest's own folder); prints one
// "file:line: message" per problem and exits 1 when there is any.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
// Imported by the main schema through xs:import schemaLocation, so they must be preloaded
// under exactly these names.
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

/** Elements whose URL is an image the Office UI loads: it must exist under assets/. */
const ICON_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "Image"]);

/**
 * Checks manifest text. Never throws on bad input: every finding is a problem.
 * @param {string} xml the manifest's text
 * @param {{ fileName?: string, rootDir: string }} options rootDir is the folder the origin
 *   serves (the project root in development, dist/ after a build)
 * @returns {Promise<{ problems: { line: number | null, message: string }[] }>}
 */
export async function checkManifest(xml, options) {
  const fileName = options.fileName ?? "manifest.xml";
  const problems = [...(await schemaProblems(xml, fileName)), ...ruleProblems(xml, options.rootDir)];
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems };
}

/** "file:line: message", the shape editors and CI logs link to. */
export function formatProblem(fileName, problem) {
  return problem.line === null
    ? `${fileName}: ${problem.message}`
    : `${fileName}:${problem.line}: ${problem.message}`;
}

async function schemaProblems(xml, fileName) {
  const read = (name) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(read),
  });
  return result.errors.map((error) => ({
    line: error.loc?.lineNumber ?? null,
    message: `schema: ${error.message.replace(/^.*?Schemas validity error : /, "").trim()}`,
  }));
}

function ruleProblems(xml, rootDir) {
  const { urls, resids, resourceIds } = scan(xml);
  const problems = [];
  const source = urls.find((u) => u.path.endsWith("DefaultSettings/SourceLocation")) ?? urls[0];
  const sourceUrl = source ? parseUrl(source.value) : null;
  const origin = sourceUrl?.origin ?? null;
  // The folder that holds taskpane.html: assets/ sits beside it on the server.
  const base = sourceUrl ? new URL(".", sourceUrl).href : null;

  for (const u of urls) {
    const url = parseUrl(u.value);
    const where = `<${u.tag}>`;
    if (!url) {
      problems.push({ line: u.line, message: `${where} has a URL that does not parse: "${u.value}"` });
      continue;
    }
    if (url.protocol !== "https:") {
      problems.push({ line: u.line, message: `${where} URL must use https: ${u.value}` });
      continue;
    }
    if (origin && url.origin !== origin) {
      problems.push({
        line: u.line,
        message: `${where} URL ${u.value} is on a second origin ${url.origin}; the manifest's origin is ${origin} (SourceLocation, line ${source.line})`,
      });
      continue;
    }
    if (ICON_ELEMENTS.has(u.element) || (u.element === "Override" && ICON_ELEMENTS.has(u.parent))) {
      problems.push(...iconProblems(u, url, base, rootDir));
    }
  }
  for (const r of resids) {
    if (!resourceIds.has(r.value)) {
      problems.push({ line: r.line, message: `resid "${r.value}" is not declared under <Resources>` });
    }
  }
  return problems;
}

function iconProblems(u, url, base, rootDir) {
  const href = url.origin + url.pathname;
  if (!base || !href.startsWith(base)) {
    return [{ line: u.line, message: `icon URL ${u.value} is outside the add-in's folder ${base}` }];
  }
  const relative = decodeURIComponent(href.slice(base.length));
  if (!relative.startsWith("assets/")) {
    return [{ line: u.line, message: `icon URL ${u.value} must point into assets/` }];
  }
  const file = resolve(rootDir, relative);
  if (!existsSync(file)) {
    return [{ line: u.line, message: `icon file ${relative} is missing (for ${u.value})` }];
  }
  return [];
}

function parseUrl(text) {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * A small, tolerant tag scanner (the XSD pass reports malformed XML; this pass only needs
 * element paths, attributes and line numbers). Collects URL-valued DefaultValue/Value
 * attributes, AppDomain texts, resid references and the ids declared under Resources.
 */
function scan(xml) {
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const localName = (name) => name.slice(name.indexOf(":") + 1);

  const stack = [];
  const urls = [];
  const resids = [];
  const resourceIds = new Set();
  let textStart = 0;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, attrs = "", selfClosing] = match;
    const text = xml.slice(textStart, match.index).trim();
    textStart = match.index + whole.length;
    if (!name) continue; // comment, CDATA, declaration
    if (closing) {
      if (stack.at(-1) === "AppDomain" && text) {
        urls.push({
          value: text,
          line: lineAt(match.index),
          tag: "AppDomain",
          element: "AppDomain",
          parent: "AppDomains",
          path: "",
        });
      }
      stack.pop();
      continue;
    }
    const element = localName(name);
    const parent = stack.at(-1) ?? "";
    const path = [...stack, element].join("/");
    for (const a of attrs.matchAll(attribute)) {
      const attrName = a[1];
      const value = a[2] ?? a[3] ?? "";
      const line = lineAt(match.index + whole.indexOf(a[0]));
      if ((attrName === "DefaultValue" || attrName === "Value") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        urls.push({ value, line, tag: name, element, parent, path });
      } else if (attrName === "resid") {
        resids.push({ value, line });
      } else if (attrName === "id" && stack.includes("Resources")) {
        resourceIds.add(value);
      }
    }
    if (!selfClosing) stack.push(element);
  }
  return { urls, resids, resourceIds };
}

async function main(args) {
  const files = [];
  let rootArg;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--root") rootArg = args[++i];
    else files.push(args[i]);
  }
  if (files.length !== 1) {
    console.error("usage: node scripts/validate-manifest.mjs MANIFEST.xml [--root DIR]");
    return 2;
  }
  const file = files[0];
  let xml;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read (${error.message})`);
    return 1;
  }
  const { problems } = await checkManifest(xml, {
    fileName: file,
    rootDir: rootArg ?? dirname(resolve(file)),
  });
  for (const problem of problems) console.error(formatProblem(file, problem));
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem(s)`);
    return 1;
  }
  console.log(`${file}: valid (XSD schema 1.1 + VersionOverrides 1.0; https, one origin, icons present)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
