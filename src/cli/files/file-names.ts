/** Names of the files the command line writes, safe on every file system. */

/** Letters, digits, space, dot, dash and underscore; anything else (a "/" in a unit id) becomes "-". */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, "-").replace(/^[. -]+/, "") || "unit.xlsx";
}

/** "tong-hop_2024-10.xlsx" and its JSON twin. */
export function summaryFileNames(periodCode: string): { xlsx: string; json: string } {
  const base = safeFileName(`tong-hop_${periodCode}`);
  return { xlsx: `${base}.xlsx`, json: `${base}.json` };
}
