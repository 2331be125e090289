import { describe, expect, it } from "vitest";
import { LINE_POINTS, wrappedLines, wrappedRowHeight } from "../../../src/core/sheets/wrapped-height";

describe("wrappedLines", () => {
  it("fits words on a line while they and their spaces fit the width", () => {
    // "Thiếu số liệu" is 13 characters: it fits 13, not 12.
    expect(wrappedLines("Thiếu số liệu", 13)).toBe(1);
    expect(wrappedLines("Thiếu số liệu", 12)).toBe(2);
    // 10 words of 4 characters with spaces: 49 characters; 20 a line holds 4 words (19).
    expect(wrappedLines(Array(10).fill("abcd").join(" "), 20)).toBe(3);
  });

  it("wraps the summary's note of a partial row on two lines of a 44-wide column", () => {
    const note = "Thiếu số liệu (8/11): chưa có Phường Khương Mai, Phường Nhân Chính, Phường Thượng Đình.";
    // 87 characters: "... Phường Khương" (43), a space, "Mai, Phường Nhân Chính, Phường Thượng Đình." (43).
    expect(note.length).toBe(87);
    expect(wrappedLines(note, 44)).toBe(2);
  });

  it("counts line breaks, and breaks a word longer than the line", () => {
    expect(wrappedLines("một\nhai\n\nbốn", 40)).toBe(4);
    // 25 characters in a 10-wide column: 10 + 10 + 5.
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
    // After the broken word's last 5 characters, "ab" fits beside them (5 + 1 + 2 = 8).
    expect(wrappedLines(`${"x".repeat(25)} ab`, 10)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
  });
});

describe("wrappedRowHeight", () => {
  it("gives the tallest cell's lines in points, and nothing for a row of one line", () => {
    expect(
      wrappedRowHeight([
        { text: "ngắn", width: 44 },
        { text: null, width: 44 },
      ]),
    ).toBeUndefined();
    expect(
      wrappedRowHeight([
        { text: "a ".repeat(30).trim(), width: 20 }, // 59 characters: 3 lines of 20
        { text: "b", width: 5 },
      ]),
    ).toBe(3 * LINE_POINTS);
  });
});
