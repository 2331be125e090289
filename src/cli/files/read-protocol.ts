/** The messages between the command line and its reading workers. */
import type { ReadWorkbookResult } from "../../xlsx";

export interface ReadRequest {
  id: number;
  path: string;
  /** The name used in messages. */
  fileName: string;
}

/** What readWorkbook returned, or the text of an exception it should never have thrown. */
export type ReadResponse = { id: number; result: ReadWorkbookResult } | { id: number; crash: string };
