import { describe, expect, it } from "vitest";
import { isValidSheetName, safeSheetName } from "../../../src/core/sheets/sheet-name";

describe("safe sheet names", () => {
  it("keeps a Vietnamese unit name that is already valid", () => {
    expect(safeSheetName("Phường Khương Mai")).toBe("Phường Khương Mai");
  });

  it("replaces the characters Excel forbids ([]:*?/\\) with '-'", () => {
    expect(safeSheetName("Phòng TC/KH [2024]: *?\\")).toBe("Phòng TC-KH -2024-- ---");
  });

  it("cuts to 31 characters, counting precomposed Vietnamese letters once (NFC)", () => {
    // 38 characters; Phòng(5) + " Lao"(9) + " động"(14) + " -"(16) + " Thương"(23) + " binh"(28) + " và"(31)
    const name = safeSheetName("Phòng Lao động - Thương binh và Xã hội");
    expect(name).toBe("Phòng Lao động - Thương binh và");
    expect(name.length).toBeLessThanOrEqual(31);
    const decomposed = "Phường Hạ Đình".normalize("NFD");
    expect(safeSheetName(decomposed)).toBe("Phường Hạ Đình".normalize("NFC"));
  });

  it("makes a repeated name unique ignoring case, within 31 characters", () => {
    expect(safeSheetName("Phường Kim Giang", ["phường kim giang"])).toBe("Phường Kim Giang (2)");
    expect(safeSheetName("Phường Kim Giang", ["Phường Kim Giang", "Phường Kim Giang (2)"])).toBe(
      "Phường Kim Giang (3)",
    );
    const long = "Phòng Lao động - Thương binh và Xã hội";
    const first = safeSheetName(long);
    // " (2)" takes 4, leaving 27: ... " Thương"(23) + " bin"(27)
    const second = safeSheetName(long, [first]);
    expect(second).toBe("Phòng Lao động - Thương bin (2)");
    expect(second.length).toBe(31);
  });

  it("never gives an empty name, a name in apostrophes or the reserved History", () => {
    expect(safeSheetName("   ")).toBe("Sheet");
    expect(safeSheetName("'Tổ 5'")).toBe("Tổ 5");
    expect(isValidSheetName(safeSheetName("History"))).toBe(true);
  });

  it("accepts only names Excel accepts", () => {
    expect(isValidSheetName("Phường Hạ Đình")).toBe(true);
    expect(isValidSheetName("a/b")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
  });
});
