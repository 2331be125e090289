/**
 * A zip part compressed while it is written: the text goes into 1 MB chunks, and each full
 * chunk is handed at once to libuv's thread pool to be deflated, while this thread writes
 * the next. A 600-unit summary's trace sheet is 12 MB of XML; written whole and then
 * deflated, its compression waited at the end of the run and the 12 MB string cost a
 * tenth of a second of garbage collection (docs/BENCHMARKS.md, "600 unit files").
 *
 * The chunks are deflated apart and their outputs joined, as pigz does: every chunk but the
 * last ends with a sync flush (an empty stored block, byte-aligned, not final), so the
 * joined output is one valid raw deflate stream; only the last chunk ends it. The CRC-32 is
 * carried from chunk to chunk on this thread (zlib's crc32 with the running value).
 */
import { promisify } from "node:util";
import { constants, crc32, deflateRaw, type ZlibOptions } from "node:zlib";

/** A part's deflated bytes, with what the zip's headers say of the uncompressed ones. */
export interface Packed {
  crc: number;
  size: number;
  compressed: Buffer;
}

const deflate = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw);
export const CHUNK_BYTES = 1 << 20;
/** The most bytes a UTF-16 code unit takes in UTF-8. */
const UTF8_PER_UNIT = 3;

export class DeflatingPart {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private crc = 0;
  private size = 0;
  private readonly pieces: Promise<Buffer>[] = [];
  private finished = false;

  /** Any text, written as UTF-8. */
  text(text: string): void {
    this.checkOpen();
    if (text.length * UTF8_PER_UNIT > CHUNK_BYTES - this.used) this.flush();
    if (text.length * UTF8_PER_UNIT > CHUNK_BYTES) {
      // Longer than a chunk: it becomes a piece of its own.
      this.send(Buffer.from(text, "utf8"), constants.Z_SYNC_FLUSH);
      return;
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }

  /**
   * Text the caller knows is ASCII (cell references, numbers, indexes): one byte per
   * character, copied without UTF-8 encoding. Anything else must go through text().
   */
  ascii(text: string): void {
    this.checkOpen();
    if (text.length > CHUNK_BYTES - this.used) this.flush();
    if (text.length > CHUNK_BYTES) {
      this.send(Buffer.from(text, "latin1"), constants.Z_SYNC_FLUSH);
      return;
    }
    this.used += this.chunk.write(text, this.used, "latin1");
  }

  /** Ends the stream; resolves when every chunk is deflated. */
  async finish(): Promise<Packed> {
    this.checkOpen();
    this.finished = true;
    this.send(this.chunk.subarray(0, this.used), constants.Z_FINISH);
    const compressed = Buffer.concat(await Promise.all(this.pieces));
    return { crc: this.crc, size: this.size, compressed };
  }

  private flush(): void {
    if (this.used === 0) return;
    this.send(this.chunk.subarray(0, this.used), constants.Z_SYNC_FLUSH);
    // The chunk sent is being read on another thread: the next text goes to a new one.
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  private checkOpen(): void {
    if (this.finished) throw new Error("DeflatingPart: the part is already finished");
  }

  private send(bytes: Buffer, finishFlush: number): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.pieces.push(deflate(bytes, { finishFlush }));
  }
}
