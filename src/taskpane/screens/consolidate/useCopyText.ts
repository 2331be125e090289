import { useCallback, useEffect, useRef, useState } from "react";

/**
 * copied: the clipboard took the text. selected: it could not (no Clipboard API, or the host
 * refused it, as some Office hosts do in their webview), so the text is shown in a read-only
 * box and selected for the person to copy with Ctrl+C.
 */
export type CopyState = "idle" | "copied" | "selected";

/** Copy `text` to the clipboard, falling back to selecting it in a read-only text box. */
export function useCopyText(text: string) {
  const [state, setState] = useState<CopyState>("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);

  // A new text (another run, the other language) has not been copied yet.
  useEffect(() => setState("idle"), [text]);

  useEffect(() => {
    if (state !== "selected") return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);

  const copy = useCallback(async () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (typeof clipboard?.writeText === "function") {
      try {
        await clipboard.writeText(text);
        setState("copied");
        return;
      } catch {
        // Refused (no permission in this webview, or the document lost focus): select instead.
      }
    }
    setState("selected");
  }, [text]);

  return { state, copy, fallback };
}
