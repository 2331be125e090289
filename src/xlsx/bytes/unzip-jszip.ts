/**
 * Unpacking a part with JSZip's own (JavaScript) inflate: works in the browser and in Node.
 * The part is streamed and counted, so one that unpacks to more than the directory declares
 * is refused as soon as it passes that size, before it can fill the memory.
 */
import type JSZip from "jszip";
import { declaredSize, type PartUnzip } from "./zip-entry";

/** JSZip's streaming read of a part (public in JSZip's docs, missing from its typings). */
type Streamable = { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> };

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const unzipWithJSZip: PartUnzip = async (zip, path) => {
  const file = zip.file(path);
  if (!file) return undefined;
  const size = declaredSize(file);
  const stream = (file as unknown as Partial<Streamable>).internalStream?.call(file, "uint8array");
  if (size === undefined || stream === undefined) return file.async("uint8array");
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (settled) return;
        length += chunk.length;
        if (length > size) fail(new Error(`${path}: more than the ${size} bytes declared`));
        else chunks.push(chunk);
      })
      .on("error", fail)
      .on("end", () => {
        if (settled) return;
        if (length !== size) return fail(new Error(`${path}: ${length} bytes unpacked, ${size} declared`));
        settled = true;
        resolve(concat(chunks, length));
      })
      .resume();
  });
};
