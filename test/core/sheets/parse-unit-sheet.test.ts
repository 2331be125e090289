import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { parseUnitSheet } from "../../../src/core/sheets/parse-unit-sheet";
import type { SheetSnapshot } from "../../../src/core/sheets/snapshot";

const KEYS = [
  "no",
  "code",
  "name",
  "uom",
  "plan",
  "plan2",
  "actual",
  "cumulative",
  "last_year",
  "estimate",
  "note",
];
const IDENTITY = [
  "tonghop",
  "template_id",
  "tonghop-standard",
  "template_version",
  "1.0.0",
  "unit_id",
  "khuong-mai",
  "period",
  "2024-10",
];
const META = {
  template_id: "tonghop-standard",
  template_version: "1.0.0",
  unit_id: "khuong-mai",
  period: "2024-10",
};

/** A filled ward sheet as a host reads it: title block rows 1-6, identity 7, headers 8, keys 9. */
function filled(): unknown[][] {
  return [
    ["Biểu chỉ tiêu báo cáo kinh tế - xã hội định kỳ"],
    ["Đơn vị báo cáo:", null, "Phường Khương Mai"],
    ["Kỳ báo cáo:", null, "Tháng 10/2024"],
    ["Người báo cáo:", null, "Nguyễn Thị Lan"],
    ["Số điện thoại:", null, "0912345678"],
    ["Ngày gửi:", null, "2024-11-04"],
    IDENTITY,
    [
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Dự toán",
      "Thực hiện",
      "Lũy kế",
      "Cùng kỳ",
      "Ước",
      "Ghi chú",
    ],
    KEYS,
    ["I", null, "Đầu tư - xây dựng - đô thị"],
    [1, "DT03", "Trường hợp vi phạm", "trường hợp", null, null, 12, 96, 80, null, null],
    [2, "DT04", "Tiền phạt vi phạm", "triệu đồng", null, null, 35.5, 210.25, null, null, "phạt 3 vụ"],
  ];
}

function parse(values: unknown[][], extra: Partial<SheetSnapshot> = {}, fileName?: string) {
  return parseUnitSheet(
    { name: "Phường Khương Mai", values, metadata: META, ...extra },
    { template: builtinTemplate, ...(fileName ? { fileName } : {}) },
  );
}

function ok(result: ReturnType<typeof parse>) {
  if (!result.ok) throw new Error(`expected a report, got ${result.problem.en}`);
  return result;
}

describe("parsing a unit sheet snapshot", () => {
  it("reads each indicator row by key into raw cells with their A1 addresses", () => {
    const { report, problems } = ok(parse(filled(), {}, "khuong-mai.xlsx"));
    expect(problems).toEqual([]);
    expect(report.rows.map((r) => [r.code, r.row])).toEqual([
      ["DT03", 11],
      ["DT04", 12],
    ]);
    const dt03 = report.rows[0]!.cells;
    expect(dt03.actual).toEqual({ value: { kind: "number", value: 12 }, address: "G11" });
    expect(dt03.cumulative).toEqual({ value: { kind: "number", value: 96 }, address: "H11" });
    expect(dt03.last_year).toEqual({ value: { kind: "number", value: 80 }, address: "I11" });
    expect(dt03.estimate).toEqual({ value: { kind: "blank" }, address: "J11" });
    expect(dt03.code).toEqual({ value: { kind: "text", text: "DT03" }, address: "B11" });
    expect(report.rows[1]!.cells.note).toEqual({
      value: { kind: "text", text: "phạt 3 vụ" },
      address: "K12",
    });
  });

  it("reads identity from metadata and the reporter, phone and date sent from the title block", () => {
    const { report } = ok(parse(filled(), {}, "khuong-mai.xlsx"));
    expect(report).toMatchObject({
      unitId: "khuong-mai",
      period: "2024-10",
      templateId: "tonghop-standard",
      templateVersion: "1.0.0",
      submittedAt: "2024-11-04",
      reporter: { name: "Nguyễn Thị Lan", phone: "0912345678" },
      source: { file: "khuong-mai.xlsx", sheet: "Phường Khương Mai" },
    });
  });

  it("finds rows the unit moved or spaced out by their codes", () => {
    const values = filled();
    const [dt03, dt04] = [values[10]!, values[11]!];
    values.splice(10, 2, dt04, [], ["", "", "dòng trống thêm"], dt03);
    const { report } = ok(parse(values));
    expect(report.rows.map((r) => [r.code, r.row, r.cells.actual?.address])).toEqual([
      ["DT04", 11, "G11"],
      ["DT03", 14, "G14"],
    ]);
    expect(report.rows[1]!.cells.actual?.value).toEqual({ kind: "number", value: 12 });
  });

  it("follows inserted and swapped columns by their keys", () => {
    // A column inserted after C (no key), and actual/cumulative swapped: cumulative in H, actual in I.
    const values = filled().map((row) => {
      const copy = [...row];
      copy.splice(3, 0, "thêm");
      [copy[7], copy[8]] = [copy[8], copy[7]];
      return copy;
    });
    const { report } = ok(parse(values));
    const dt03 = report.rows[0]!.cells;
    expect(dt03.actual).toEqual({ value: { kind: "number", value: 12 }, address: "I11" });
    expect(dt03.cumulative).toEqual({ value: { kind: "number", value: 96 }, address: "H11" });
  });

  it("finds the key row wherever it is, and gives addresses from the grid's origin", () => {
    // The host read from B3: grid cell [0][0] is B3, so the key row's code cell is C11.
    const { report } = ok(parse([[], [], ...filled()], { origin: "B3" }));
    // filled() row 11 is now grid row 13 (two blank rows added), sheet row 13 + 2 = 15, column G + 1 = H
    expect(report.rows[0]!.row).toBe(15);
    expect(report.rows[0]!.cells.actual?.address).toBe("H15");
  });

  it("keeps repeated codes and unknown codes for validation to flag", () => {
    const values = filled();
    values.push([3, "DT03", "Trường hợp vi phạm", "trường hợp", null, null, 5, 40]);
    values.push([4, "ZZ99", "Chỉ tiêu tự thêm", "cái", null, null, 1, 1]);
    const { report } = ok(parse(values));
    expect(report.rows.map((r) => r.code)).toEqual(["DT03", "DT04", "DT03", "ZZ99"]);
  });

  it("skips footnotes and group headings, and locates figures written in a row without a code", () => {
    const values = filled();
    values.push([null, "Người lập biểu (ký, ghi rõ họ tên)"]);
    values.push([null, null, "Tổng cộng", null, null, null, 47.5]);
    const { report, problems } = ok(parse(values));
    expect(report.rows.map((r) => r.code)).toEqual(["DT03", "DT04"]);
    expect(problems).toEqual([
      {
        code: "row-without-code",
        severity: "warning",
        sheet: "Phường Khương Mai",
        address: "B14",
        vi: 'Trang tính "Phường Khương Mai", ô B14: hàng có số liệu nhưng không có mã chỉ tiêu nên không được đọc.',
        en: 'Sheet "Phường Khương Mai", cell B14: the row has figures but no indicator code, so it was not read.',
      },
    ]);
  });

  it("classifies values without converting them: errors, whitespace, numbers typed as text, booleans", () => {
    const values = filled();
    values[10] = [
      1,
      "DT03",
      "x",
      "trường hợp",
      null,
      null,
      { error: "#DIV/0!" },
      "  ",
      "1.592,5",
      true,
      "=1+1",
    ];
    const { report } = ok(parse(values));
    const cells = report.rows[0]!.cells;
    expect(cells.actual?.value).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(cells.cumulative?.value).toEqual({ kind: "text", text: "  " });
    expect(cells.last_year?.value).toEqual({ kind: "text", text: "1.592,5" });
    expect(cells.estimate?.value).toEqual({ kind: "boolean", value: true });
    expect(cells.note?.value).toEqual({ kind: "text", text: "=1+1" });
    expect(cells.note?.formula).toBeUndefined();
  });

  it("keeps the formula a unit typed beside the value it computed", () => {
    const values = filled();
    const formulas: (string | null)[][] = values.map(() => []);
    formulas[10] = [null, null, null, null, null, null, null, "=G11+84"];
    const { report } = ok(parse(values, { formulas }));
    expect(report.rows[0]!.cells.cumulative).toEqual({
      value: { kind: "number", value: 96 },
      address: "H11",
      formula: "=G11+84",
    });
  });

  it("refuses a sheet with no key row, saying why in Vietnamese and English", () => {
    const values = filled().filter((row) => row !== undefined && row[0] !== "no");
    const result = parse(values.filter((row) => row[1] !== "code"));
    expect(result).toEqual({
      ok: false,
      problem: {
        code: "no-key-row",
        severity: "error",
        sheet: "Phường Khương Mai",
        vi: 'Trang tính "Phường Khương Mai": không tìm thấy hàng mã cột (code, actual, cumulative...). Trang tính này không phải biểu do tonghop tạo, hoặc hàng mã cột đã bị xóa; hãy dùng biểu mẫu gốc.',
        en: 'Sheet "Phường Khương Mai": no key row (code, actual, cumulative...) was found. This sheet was not made from a tonghop template, or its key row was deleted; use the original form.',
      },
    });
  });

  it("refuses a key row with a key twice rather than guess which column holds the figures", () => {
    const values = filled();
    values[8] = [...KEYS, "actual"];
    const result = parse(values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code: "duplicate-column", address: "L9" });
    expect(result.problem.en).toContain("cells G9 and L9");
  });

  it("reports a deleted figure column: an error for a required one, a warning otherwise", () => {
    const values = filled().map((row) => row.filter((_, c) => c !== 6 && c !== 9)); // actual (G), estimate (J)
    const { problems } = ok(parse(values));
    expect(problems.map((p) => [p.code, p.severity, p.en])).toEqual([
      [
        "missing-column",
        "error",
        'Sheet "Phường Khương Mai", cell A9: the "Actual this period" column (key actual) is missing from the key row; its figures count as not reported.',
      ],
      [
        "missing-column",
        "warning",
        'Sheet "Phường Khương Mai", cell A9: the "Estimate" column (key estimate) is missing from the key row; its figures count as not reported.',
      ],
    ]);
  });

  it("keeps the identity of a renamed sheet from its metadata", () => {
    const { report } = ok(parse(filled(), { name: "Sheet1 (2)" }));
    expect(report.unitId).toBe("khuong-mai");
    expect(report.source).toEqual({ sheet: "Sheet1 (2)" });
  });

  it("falls back to the hidden identity row when metadata was lost, and to workbook metadata before that", () => {
    const fromRow = ok(parse(filled(), { metadata: {} }));
    expect(fromRow.report).toMatchObject({
      unitId: "khuong-mai",
      period: "2024-10",
      templateVersion: "1.0.0",
    });
    const noRow = filled().filter((row) => row[0] !== "tonghop");
    const fromWorkbook = parseUnitSheet(
      { name: "x", values: noRow },
      { template: builtinTemplate, workbookMetadata: META },
    );
    expect(ok(fromWorkbook).report.unitId).toBe("khuong-mai");
  });

  it("refuses a sheet whose unit or period cannot be told", () => {
    const noRow = filled().filter((row) => row[0] !== "tonghop");
    const result = parse(noRow, { metadata: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe("no-identity");
  });

  it("warns when the sheet's metadata and its identity row disagree, and trusts the metadata", () => {
    const { report, problems } = ok(parse(filled(), { metadata: { ...META, unit_id: "kim-giang" } }));
    expect(report.unitId).toBe("kim-giang");
    expect(problems.map((p) => [p.code, p.en])).toEqual([
      [
        "identity-mismatch",
        'Sheet "Phường Khương Mai": the form\'s identity disagrees (unit: "kim-giang" and "khuong-mai"); using "kim-giang" from the sheet\'s properties.',
      ],
    ]);
  });

  it("refuses a sheet of another template and warns on another version of this one", () => {
    const other = parse(filled(), { metadata: { ...META, template_id: "bieu-khac" } });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problem.code).toBe("other-template");
    const values = filled();
    values[6] = IDENTITY.map((v) => (v === "1.0.0" ? "0.9" : v));
    const older = ok(parse(values, { metadata: { ...META, template_version: "0.9" } }));
    expect(older.problems.map((p) => p.code)).toEqual(["template-version"]);
    expect(older.report.templateVersion).toBe("0.9");
  });

  it("reads the date sent from a serial number or day/month/year text, and flags one it cannot read", () => {
    const at = (value: unknown) => {
      const values = filled();
      values[5] = ["Ngày gửi:", null, value];
      return ok(parse(values));
    };
    // serial 45292 is 2024-01-01; 45600 - 45292 = 308 days later in leap 2024 = 4 November
    expect(at(45600).report.submittedAt).toBe("2024-11-04");
    expect(at("4/11/2024").report.submittedAt).toBe("2024-11-04");
    const bad = at("hôm qua");
    expect(bad.report.submittedAt).toBeUndefined();
    expect(bad.problems).toMatchObject([{ code: "date-unreadable", address: "C6" }]);
    expect(at(null).report.submittedAt).toBeUndefined();
  });

  it("keeps a phone number read as a number as its digits", () => {
    const values = filled();
    values[4] = ["Số điện thoại:", null, 912345678];
    expect(ok(parse(values)).report.reporter?.phone).toBe("912345678");
  });

  it("never throws on a snapshot that is not a grid", () => {
    const broken = parseUnitSheet({ name: "x", values: "nonsense" } as unknown as SheetSnapshot, {
      template: builtinTemplate,
    });
    expect(broken).toMatchObject({ ok: false, problem: { code: "not-a-grid" } });
    const ragged = parseUnitSheet(
      {
        name: "x",
        values: [null, KEYS, [undefined, "DT03", {}, [], null, null, 1]] as unknown[][],
        metadata: META,
      },
      { template: builtinTemplate },
    );
    expect(ok(ragged).report.rows[0]!.cells.name?.value).toEqual({ kind: "text", text: "{}" });
  });
});
