// Types for scripts/validate-manifest.mjs, so TypeScript tests can call it.
export interface ManifestProblem {
  /** 1-based line in the manifest, or null when the checker could not place it. */
  line: number | null;
  message: string;
}

export interface CheckManifestOptions {
  /** Name used in messages (default "manifest.xml"). */
  fileName?: string;
  /** The folder the add-in's origin serves: icon URLs are looked up under it. */
  rootDir: string;
}

export function checkManifest(
  xml: string,
  options: CheckManifestOptions,
): Promise<{ problems: ManifestProblem[] }>;

export function formatProblem(fileName: string, problem: ManifestProblem): string;
