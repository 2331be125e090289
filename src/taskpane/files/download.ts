/**
 * Hands a file to the user as a download. Excel on the web and Excel on Windows (WebView2)
 * both let a task pane download; the file goes where the browser puts downloads.
 */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadFile(fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's bytes. */
export async function readPickedFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
