import { createRoot } from "react-dom/client";
import { createExcelPort } from "./excel-port";
import { downloadFile } from "./files/download";
import { detectHost } from "./office-ready";
import { Shell } from "./Shell";

/** taskpane.html and this bundle disagree: a build mistake, not a user's. */
export class TaskpaneSetupError extends Error {
  override name = "TaskpaneSetupError";
}

async function start(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) throw new TaskpaneSetupError("taskpane.html has no element with id 'root'");
  createRoot(container).render(<Shell host={host} port={createExcelPort()} save={downloadFile} />);
}

void start();
