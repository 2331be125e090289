/**
 * The ribbon's function file (commands.html): registers the ExecuteFunction commands named
 * in manifest.xml. Each must call event.completed() whatever happens, or Office shows the
 * command as still running.
 */
import { createExcelPort } from "../taskpane/excel-port";
import { checkSheetCommand, consolidateCommand } from "./ribbon-commands";

/** The manifest's <FunctionName> values. */
export const COMMAND_NAMES = { consolidate: "tonghopConsolidate", checkSheet: "tonghopCheckSheet" } as const;

function command(run: () => Promise<unknown>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await run();
    } catch (error) {
      // No panel to show it in: the console is where a support person looks.
      console.error("tonghop command failed", error);
    } finally {
      event.completed();
    }
  };
}

const handlers = {
  [COMMAND_NAMES.consolidate]: command(() => consolidateCommand(createExcelPort(), new Date())),
  [COMMAND_NAMES.checkSheet]: command(() => checkSheetCommand(createExcelPort())),
};

void Office.onReady(() => {
  for (const [name, handler] of Object.entries(handlers)) {
    // Office.actions.associate exists from the 1.1 runtime on; older hosts look the
    // function up on the global object, so both are given.
    const run = (event: Office.AddinCommands.Event) => void handler(event);
    (globalThis as Record<string, unknown>)[name] = run;
    Office.actions?.associate(name, run);
  }
});
