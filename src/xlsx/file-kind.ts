/**
 * What a file is, from its first bytes, before any parser touches it. An .xlsx is a zip
 * ("PK\3\4"). An OLE compound file (D0 CF 11 E0 A1 B1 1A E1) is either an old .xls or an
 * .xlsx encrypted with a password to open (Office wraps it in a compound file holding an
 * "EncryptionInfo" stream, whose name appears in UTF-16 in the directory).
 * Plain Uint8Array (no Buffer), so that the browser tells files apart with the same code.
 */
export type FileKind = "zip" | "encrypted-ooxml" | "ole" | "pdf" | "text" | "unknown";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: each ASCII letter followed by a zero byte. */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs anywhere in `bytes` (a Buffer's includes(), for any Uint8Array). */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first ?? 0); at !== -1; at = bytes.indexOf(first ?? 0, at + 1))
    if (needle.every((b, i) => bytes[at + i] === b)) return true;
  return false;
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(bytes, CFB)) return contains(bytes, ENCRYPTION_INFO) ? "encrypted-ooxml" : "ole";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const head = bytes.subarray(0, 512);
  if (head.length > 0 && head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20))
    return "text";
  return "unknown";
}
