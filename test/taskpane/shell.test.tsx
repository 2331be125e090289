// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { HostState } from "../../src/taskpane/office-ready";
import { Shell } from "../../src/taskpane/Shell";
import { MemoryWorkbook } from "./memory-workbook";

afterEach(cleanup);

function inExcel(displayLanguage: string, meetsMinimum = true): HostState {
  return { kind: "excel", displayLanguage, meetsMinimum, minimum: "1.8" };
}

describe("task pane shell", () => {
  it("outside Excel, says in Vietnamese and in English that it must be opened in Excel, and how", () => {
    render(<Shell host={{ kind: "outside-excel", reason: "no-host" }} port={new MemoryWorkbook()} save={() => {}} />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Hãy mở phần bổ trợ này trong Excel", "Open this add-in in Excel"]);
    expect(screen.getByText(/Trang đầu > Phần bổ trợ \(Home > Add-ins\)/)).toBeTruthy();
    expect(screen.getByText("In Excel, choose Home > Add-ins, then choose Report Consolidation.")).toBeTruthy();
    // Each language is marked for screen readers.
    expect(document.querySelector('section[lang="vi"]')).not.toBeNull();
    expect(document.querySelector('section[lang="en"]')).not.toBeNull();
  });

  it("outside Excel because office.js did not load, says so in both languages", () => {
    render(<Shell host={{ kind: "outside-excel", reason: "no-office-js" }} port={new MemoryWorkbook()} save={() => {}} />);
    expect(screen.getByText(/Không tải được Office.js/)).toBeTruthy();
    expect(screen.getByText(/Office.js could not be loaded/)).toBeTruthy();
  });

  it("outside Excel, shows no title of the working panel and no language toggle", () => {
    render(<Shell host={{ kind: "outside-excel", reason: "timeout" }} port={new MemoryWorkbook()} save={() => {}} />);
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("in a Vietnamese Excel, shows the Vietnamese title and the panel's sections as tabs", () => {
    render(<Shell host={inExcel("vi-VN")} port={new MemoryWorkbook()} save={() => {}} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tổng hợp báo cáo");
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Tổng hợp", "Kiểm tra", "Thiết lập", "Tệp"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(document.querySelector("main")!.getAttribute("lang")).toBe("vi");
  });

  it("in an Excel of any other language, shows the English title", () => {
    render(<Shell host={inExcel("fr-FR")} port={new MemoryWorkbook()} save={() => {}} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Report Consolidation");
  });

  it("switches between Vietnamese and English with the visible toggle, and back", () => {
    render(<Shell host={inExcel("vi-VN")} port={new MemoryWorkbook()} save={() => {}} />);
    const toggle = screen.getByRole("button", { name: /Switch to English/ });
    expect(toggle.textContent).toBe("English");

    fireEvent.click(toggle);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Report Consolidation");
    expect(document.querySelector("main")!.getAttribute("lang")).toBe("en");
    const back = screen.getByRole("button", { name: /Switch to Vietnamese|chuyển sang tiếng Việt/i });
    expect(back.textContent).toBe("Tiếng Việt");

    fireEvent.click(back);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tổng hợp báo cáo");
  });

  it("in an Excel older than ExcelApi 1.8, says which version is needed instead of the panel", () => {
    render(<Shell host={inExcel("en-US", false)} port={new MemoryWorkbook()} save={() => {}} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("This version of Excel is too old");
    expect(alert.textContent).toContain("ExcelApi 1.8");
    expect(alert.textContent).toContain("Excel 2021 or later");
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("gives the old-Excel message in Vietnamese too, and the toggle still works there", () => {
    render(<Shell host={inExcel("vi-VN", false)} port={new MemoryWorkbook()} save={() => {}} />);
    expect(screen.getByRole("alert").textContent).toContain("Phiên bản Excel này đã quá cũ");
    expect(screen.getByRole("alert").textContent).toContain("ExcelApi 1.8");
    fireEvent.click(screen.getByRole("button", { name: /Switch to English/ }));
    expect(screen.getByRole("alert").textContent).toContain("This version of Excel is too old");
  });
});
