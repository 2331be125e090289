import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/xlsx";
import { buildCli, removeTempDirs, runCli, tempDir } from "./run-cli";

// One demo run shared by the tests that read its files (the demo takes a second or two).
let demo: string;
let demoRun: ReturnType<typeof runCli>;
const submissions = () => join(demo, "bao-cao");

beforeAll(() => {
  buildCli();
  demo = join(tempDir(), "demo");
  demoRun = runCli(["demo", "--out", demo]);
});
afterAll(removeTempDirs);

describe("tonghop demo", () => {
  it("writes a blank template per unit, the submissions, the summary workbook and its JSON, and exits 0", () => {
    expect(demoRun.code).toBe(0);
    // The sample district: 11 wards and 8 offices = 19 templates; one ward sends nothing = 18.
    expect(readdirSync(join(demo, "bieu-mau")).filter((f) => f.endsWith(".xlsx"))).toHaveLength(19);
    expect(readdirSync(submissions()).filter((f) => f.endsWith(".xlsx"))).toHaveLength(18);
    expect(existsSync(join(demo, "tong-hop_2024-10.xlsx"))).toBe(true);
    const json = JSON.parse(readFileSync(join(demo, "tong-hop_2024-10.json"), "utf8")) as {
      period: { code: string };
      units: { missing: string[]; excluded: { unitId: string }[] };
    };
    expect(json.period).toMatchObject({ code: "2024-10" });
    expect(json.units.missing).toEqual(["thuong-dinh"]);
    expect(json.units.excluded.map((e) => e.unitId)).toEqual(["khuong-mai", "nhan-chinh"]);
  });

  it("writes the written report and a history file beside the summary", () => {
    expect(readFileSync(join(demo, "bao-cao_2024-10.md"), "utf8")).toMatch(/^### Kinh tế\n/);
    expect(readFileSync(join(demo, "lich-su.csv"), "utf8")).toMatch(
      /^period,unit,indicator,column,value,source,time\n2024-10,\*,/,
    );
  });

  it("reports who sent, who did not, who was late and who was left out", () => {
    const out = demoRun.stdout;
    expect(out).toContain("Đã báo cáo: 18/19 đơn vị");
    expect(out).toContain("Chưa báo cáo: 1 (Phường Thượng Đình)");
    expect(out).toContain("Gửi muộn: 1 (Phường Kim Giang)");
    expect(out).toContain("Không đưa vào tổng hợp do có lỗi: 2 (Phường Khương Mai, Phường Nhân Chính)");
  });

  it("shows key figures with % of plan and of the same period the Vietnamese way", () => {
    // "đạt 84,34% ...": a decimal comma, at most two decimals.
    expect(demoRun.stdout).toMatch(
      /Thu ngân sách nhà nước trên địa bàn: [\d.]+ tỷ( \d{3} triệu)? đồng, đạt \d+(,\d{1,2})?% dự toán thành phố giao, bằng \d+(,\d{1,2})?% so với cùng kỳ/,
    );
  });

  it("speaks English with --lang en", () => {
    const run = runCli(["demo", "--out", join(tempDir(), "demo-en"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Reported: 18/19 units");
    expect(run.stdout).toMatch(
      /State budget revenue collected in the area: VND [\d,]+(\.\d+)? billion, \d+(\.\d{1,2})?% of the city's estimate/,
    );
  });
});

describe("tonghop template", () => {
  it("writes one workbook per unit of the sample district", () => {
    const out = tempDir();
    const run = runCli(["template", "--period", "2024-Q3", "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".xlsx"))).toHaveLength(19);
  });

  it("writes one workbook per unit of a units file, with the plans of a plans file", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "units.csv"),
      "id,name,kind,office\nxa-a,Xã A,ward,\ntc,Phòng Tài chính,office,TCKH\n",
    );
    writeFileSync(join(dir, "plans.csv"), "unit,code,plan,plan2\ntc,NS01,6000000,6100000\n");
    const out = join(dir, "out");
    const run = runCli([
      "template",
      "--period",
      "2024-10",
      "--units",
      join(dir, "units.csv"),
      "--plans",
      join(dir, "plans.csv"),
      "--deadline",
      "2024-11-05",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(["2024-10 tc.xlsx", "2024-10 xa-a.xlsx"]);
    const read = await readWorkbook(join(out, "2024-10 tc.xlsx"));
    if (!read.ok) throw new Error(read.error.en);
    const cells = read.sheets[0]!.values.flat();
    expect(cells).toContain(6_000_000);
    expect(cells).toContain(6_100_000);
    expect(cells).toContain("05/11/2024");
  });

  it("stops with exit 2 naming the line of a bad plans file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plans.csv"), "unit,code,plan\ntckh,NS01,nhiều\n");
    const run = runCli(["template", "--period", "2024-10", "--plans", join(dir, "plans.csv"), "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plans.csv");
    expect(run.stderr).toContain("Dòng 2");
  });
});

describe("tonghop validate", () => {
  it("prints the file and the cell of a known error and exits 1", () => {
    const file = join(submissions(), "2024-10 nhan-chinh.xlsx");
    const run = runCli(["validate", file]);
    expect(run.code).toBe(1);
    // A ward's sheet: key row 11, the DT group heading on row 12, DT03 on 13, DT04 on 14;
    // columns A STT, B code, C name, D uom, E plan, F plan2, G actual, H cumulative -> H14.
    expect(run.stdout).toMatch(/2024-10 nhan-chinh\.xlsx: lỗi: Ô H14 \(Lũy kế từ đầu năm, DT04\)/);
  });

  it("exits 0 on a file without errors", () => {
    const run = runCli(["validate", join(submissions(), "2024-10 ha-dinh.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("không có lỗi");
  });

  it("prints findings as JSON with --json", () => {
    const run = runCli(["validate", join(submissions(), "2024-10 khuong-mai.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout);
    expect(files).toHaveLength(1);
    expect(files[0].counts.error).toBe(1);
    expect(files[0].findings[0]).toMatchObject({ code: "HC03", column: "cumulative", severity: "error" });
  });

  it("exits 2 naming a PDF renamed .xlsx, and still checks the other files", () => {
    const dir = tempDir();
    const fake = join(dir, "bao-cao-phuong.xlsx");
    writeFileSync(fake, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");
    const run = runCli(["validate", fake, join(submissions(), "2024-10 ha-dinh.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(fake);
    expect(run.stderr).toContain("PDF");
    expect(run.stdout).toContain("2024-10 ha-dinh.xlsx: không có lỗi");
    expect(run.stdout).not.toContain(`${fake}:`);
  });

  it("exits 2 for a path that does not exist", () => {
    const run = runCli(["validate", "/nowhere/at/all.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("/nowhere/at/all.xlsx");
  });
});

describe("tonghop consolidate", () => {
  it("writes the summary and its JSON and exits 1 while errors are not accepted", () => {
    const dir = tempDir();
    const run = runCli([
      "consolidate",
      submissions(),
      "--period",
      "2024-10",
      "--out",
      join(dir, "s.xlsx"),
      "--json",
      join(dir, "s.json"),
    ]);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, "s.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "s.json"))).toBe(true);
    expect(run.stdout).toContain("Không đưa vào tổng hợp do có lỗi: 2");
  });

  it("counts a unit accepted with --accept and exits 0 once every error is accepted", () => {
    const dir = tempDir();
    const base = ["consolidate", submissions(), "--period", "2024-10", "--out", join(dir, "s.xlsx")];
    const one = runCli([...base, "--accept", "nhan-chinh=Đã xác nhận qua điện thoại"]);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("Không đưa vào tổng hợp do có lỗi: 1 (Phường Khương Mai)");
    expect(one.stdout).toContain("Chấp nhận dù có lỗi: 1 (Phường Nhân Chính)");
    const both = runCli([
      ...base,
      "--accept",
      "nhan-chinh=đã xác nhận",
      "--accept",
      "khuong-mai=sẽ sửa kỳ sau",
    ]);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("Không đưa vào tổng hợp do có lỗi: 0");
  });

  it("warns about a submission whose plans differ from the plans table, naming file and cell", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plans.csv"), "unit,code,plan,plan2\ntckh,NS01,1000,\n");
    const run = runCli([
      "consolidate",
      join(submissions(), "2024-10 tckh.xlsx"),
      "--period",
      "2024-10",
      "--plans",
      join(dir, "plans.csv"),
      "--out",
      join(dir, "s.xlsx"),
    ]);
    expect(run.stdout).toMatch(
      /2024-10 tckh\.xlsx: cảnh báo: Ô E\d+ \(dự toán thành phố giao, NS01\): báo cáo ghi [\d.,]+ nhưng bảng kế hoạch ghi 1\.000/,
    );
  });

  it("exits 2 naming an unreadable file, and still consolidates the rest", () => {
    const dir = tempDir();
    const fake = join(dir, "phuong-x.xlsx");
    writeFileSync(fake, "%PDF-1.7 not a workbook");
    const run = runCli([
      "consolidate",
      fake,
      submissions(),
      "--period",
      "2024-10",
      "--out",
      join(dir, "s.xlsx"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(fake);
    expect(existsSync(join(dir, "s.xlsx"))).toBe(true);
  });
});

describe("bad usage", () => {
  it.each([
    [["consolidate", "x.xlsx", "--out", "s.xlsx"], "period"],
    [["consolidate", "x.xlsx", "--period", "2024-13", "--out", "s.xlsx"], "2024-13"],
    [["template", "--period", "2024-10", "--out", "d", "--deadline", "5/11/2024"], "5/11/2024"],
    [
      ["consolidate", "x.xlsx", "--period", "2024-10", "--out", "s.xlsx", "--accept", "khuong-mai"],
      "khuong-mai",
    ],
    [["validate", "x.xlsx", "--lang", "fr"], "fr"],
    [["frobnicate"], "frobnicate"],
    [["validate", "--no-such-option", "x.xlsx"], "--no-such-option"],
  ])("%j exits 2 and says what is wrong", (args, named) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(named);
  });
});
