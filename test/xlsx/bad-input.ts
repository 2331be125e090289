/** Bytes of files that are not a readable .xlsx, made the way they reach an office. */
import JSZip from "jszip";

/** A CSV export renamed to .xlsx. */
export const csvBytes = () => Buffer.from("Mã chỉ tiêu,Thực hiện\nDT03,12\n", "utf8");

/** A PDF (the printed report) renamed to .xlsx. */
export const pdfBytes = () =>
  Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1");

/**
 * An OLE compound file shaped like Office's password-protected .xlsx: the CFB signature, and
 * the "EncryptionInfo" and "EncryptedPackage" stream names (UTF-16) in a directory sector.
 * Synthetic: real encryption needs Excel; the reader only looks at these bytes.
 */
export function encryptedBytes(): Buffer {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 512);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 640);
  return bytes;
}

/** A download cut short: the first half of a real .xlsx. */
export const truncated = (xlsx: Buffer) => xlsx.subarray(0, Math.floor(xlsx.length / 2));

/** A zip with no workbook in it (a Word document, say). */
export async function zipWithoutWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<document/>");
  return zip.generateAsync({ type: "nodebuffer" });
}
