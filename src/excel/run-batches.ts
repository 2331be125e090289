/**
 * Sends batches of operations, one round trip each: calculation suspended until the sync
 * (Excel recalculates once per batch, not once per range), events off from the first batch to
 * the last so other add-ins' handlers do not run on every range we write.
 */
import type { Capabilities, HostNote } from "./capabilities";
import { queueOperations } from "./apply-operations";
import { runExcel, suspendCalculation } from "./excel-context";
import type { Operation } from "./operations";

export interface BatchOptions {
  capabilities: Capabilities;
  /** Events were on before: turn them off in the first batch and back on in the last. */
  eventsWereOn: boolean;
  /** Keep events off after the last batch (more batches follow in another step). */
  keepEventsOff?: boolean;
  /** Events are already off (an earlier step turned them off). */
  eventsAlreadyOff?: boolean;
}

export async function sendBatches(
  batches: readonly Operation[][],
  options: BatchOptions,
): Promise<HostNote[]> {
  const notes = new Map<string, HostNote>();
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i]!;
    await runExcel(async (context) => {
      suspendCalculation(context);
      if (i === 0 && options.eventsWereOn && !options.eventsAlreadyOff) context.runtime.enableEvents = false;
      for (const note of queueOperations(context, batch, options.capabilities).notes)
        notes.set(note.en, note);
      if (i === batches.length - 1 && options.eventsWereOn && !options.keepEventsOff)
        context.runtime.enableEvents = true;
      // One sync per Excel.run: each batch is its own run, so a refused batch applied nothing.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB batch is the point
      await context.sync();
    });
  }
  return [...notes.values()];
}

/** Turns events back on after a failure left them off (one round trip; errors ignored by the caller). */
export async function restoreEvents(): Promise<void> {
  await runExcel(async (context) => {
    context.runtime.enableEvents = true;
    await context.sync();
  });
}
