import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHistoryCsv } from "../../src/core/history";
import { sampleDistrict } from "../../src/core/units/sample-district";
import type { Unit } from "../../src/core/units/unit";
import { readWorkbook } from "../../src/xlsx";
import { writeSubmissions } from "./filled-submissions";
import { buildCli, removeTempDirs, runCli, tempDir } from "./run-cli";

interface Json {
  units: { counts: { sent: number; counted: number } };
  indicators: {
    code: string;
    kind: string;
    values: { cumulative: number | null; last_year: number | null };
    samePeriodSources: { history: string[]; crosswalk: string[]; sheet: string[] };
  }[];
  comparison: { basis: { vi: string } | null; notComparable: { unit: string; indicator: string | null }[] };
  narrative_vi: string | null;
}
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;

// Year one: the demo's October 2024 submissions, both errors accepted, into a new history file.
let dir: string;
let history: string;
let year1: ReturnType<typeof runCli>;
beforeAll(() => {
  buildCli();
  dir = tempDir();
  history = join(dir, "lich-su.csv");
  const demo = runCli(["demo", "--out", join(dir, "demo")]);
  if (demo.code !== 0) throw new Error(demo.stderr);
  year1 = runCli([
    "consolidate",
    join(dir, "demo", "bao-cao"),
    "--period",
    "2024-10",
    "--out",
    join(dir, "2024.xlsx"),
    "--json",
    join(dir, "2024.json"),
    "--report",
    join(dir, "2024.md"),
    "--history",
    history,
    "--accept",
    "khuong-mai=đã xác nhận",
    "--accept",
    "nhan-chinh=đã xác nhận",
  ]);
});
afterAll(removeTempDirs);

const unitFigure = (unit: string, indicator: string) =>
  parseHistoryCsv(readFileSync(history, "utf8")).records.find(
    (r) =>
      r.period === "2024-10" && r.unit === unit && r.indicator === indicator && r.column === "cumulative",
  )?.value;

describe("tonghop consolidate --history, --report", () => {
  it("starts the history file, saying so, and fills it with the level's and the units' figures", () => {
    expect(year1.code).toBe(0);
    expect(year1.stderr).toContain("chưa có: sẽ được tạo mới");
    const parsed = parseHistoryCsv(readFileSync(history, "utf8"));
    expect(parsed.problems).toEqual([]);
    const json = readJson(join(dir, "2024.json"));
    const ns01 = json.indicators.find((i) => i.code === "NS01")!;
    expect(parsed.records).toContainEqual(
      expect.objectContaining({
        period: "2024-10",
        unit: "*",
        indicator: "NS01",
        column: "cumulative",
        value: ns01.values.cumulative,
      }),
    );
    expect(unitFigure("tckh", "NS01")).toBe(ns01.values.cumulative);
  });

  it("writes the written report as Markdown and into the JSON", () => {
    const markdown = readFileSync(join(dir, "2024.md"), "utf8");
    expect(markdown).toMatch(/^### Kinh tế\n\n/);
    expect(markdown).toContain("Thu ngân sách nhà nước trên địa bàn");
    expect(readJson(join(dir, "2024.json")).narrative_vi).toContain("Thu ngân sách nhà nước trên địa bàn");
  });

  it("says in the JSON how many units sent and how many are counted", () => {
    // 18 of 19 sent; with both errors accepted all 18 are counted.
    expect(readJson(join(dir, "2024.json")).units.counts).toMatchObject({ sent: 18, counted: 18 });
  });

  it("stops with exit 2 naming the line of a history file it would otherwise lose", () => {
    const bad = join(tempDir(), "h.csv");
    writeFileSync(
      bad,
      "period,unit,indicator,column,value,source,time\n2024-10,*,NS01,cumulative,1.000.000,typed,2024-11-01\n",
    );
    const run = runCli([
      "consolidate",
      join(dir, "demo", "bao-cao"),
      "--period",
      "2024-10",
      "--out",
      join(dir, "x.xlsx"),
      "--history",
      bad,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("h.csv: Dòng 2");
  });
});

describe("a two-year run of the command line", () => {
  it("fills next year's templates with this year's figures from the history, without typing", async () => {
    const out = join(dir, "bieu-mau-2025");
    const run = runCli(["template", "--period", "2025-10", "--history", history, "--out", out]);
    expect(run.code).toBe(0);
    // Thượng Đình sent nothing in 2024: 18 of the 19 templates have figures to fill.
    expect(run.stdout).toContain("được điền sẵn từ lịch sử ở 18/19 biểu mẫu");
    const read = await readWorkbook(join(out, "2025-10 tckh.xlsx"));
    if (!read.ok) throw new Error(read.error.en);
    const rows = read.sheets[0]!.values;
    const keys = rows.find((row) => row.includes("code") && row.includes("last_year"))!;
    const ns01 = rows.find((row) => row[keys.indexOf("code")] === "NS01")!;
    expect(ns01[keys.indexOf("last_year")]).toBe(unitFigure("tckh", "NS01"));
    expect(rows.flat()).toContain(
      'Cột "Cùng kỳ năm trước" được điền sẵn từ lịch sử số liệu (Tháng 10/2024); ô còn trống: đơn vị tự nhập.',
    );
  });

  it("compares the second year with the first from the history when the sheets leave it blank", async () => {
    const submissions = join(dir, "bao-cao-2025");
    mkdirSync(submissions, { recursive: true });
    await writeSubmissions({ units: sampleDistrict, period: { year: 2025, month: 10 }, dir: submissions });
    const run = runCli([
      "consolidate",
      submissions,
      "--period",
      "2025-10",
      "--out",
      join(dir, "2025.xlsx"),
      "--json",
      join(dir, "2025.json"),
      "--history",
      history,
    ]);
    expect(run.code).toBe(0);
    const first = readJson(join(dir, "2024.json"));
    const second = readJson(join(dir, "2025.json"));
    for (const indicator of second.indicators) {
      const before = first.indicators.find((i) => i.code === indicator.code)!.values.cumulative;
      // Last year's total is the first year's cumulative total, unit for unit.
      if (before === null) expect(indicator.values.last_year).toBeNull();
      else expect(indicator.values.last_year).toBeCloseTo(before, 9);
      expect(indicator.samePeriodSources.sheet).toEqual([]);
    }
    // Thượng Đình sent nothing in 2024: its same period is nowhere, so 18 units come from the history.
    const dt03 = second.indicators.find((i) => i.code === "DT03")!;
    expect(dt03.samePeriodSources.history).toHaveLength(10);
    expect(dt03.samePeriodSources.history).not.toContain("thuong-dinh");
    // The history now holds both years.
    const periods = new Set(parseHistoryCsv(readFileSync(history, "utf8")).records.map((r) => r.period));
    expect([...periods].sort()).toEqual(["2024-10", "2025-10"]);
  });
});

describe("tonghop with --crosswalk", () => {
  // In 2025 Khương Mai and Khương Trung merge into "khuong-moi"; Thượng Đình becomes
  // "thuong-dinh-moi" with no sound basis; everyone else is unchanged.
  const merged: Unit[] = [
    ...sampleDistrict.filter((u) => !["khuong-mai", "khuong-trung", "thuong-dinh"].includes(u.id)),
    { id: "khuong-moi", name: "Phường Khương mới", kind: "ward" },
    { id: "thuong-dinh-moi", name: "Phường Thượng Đình mới", kind: "ward" },
  ];
  const files = () => {
    const setup = tempDir();
    const units = join(setup, "units.csv");
    writeFileSync(
      units,
      `id,name,kind,office\n${merged.map((u) => `${u.id},${u.name},${u.kind},${u.office ?? ""}`).join("\n")}\n`,
    );
    const crosswalk = join(setup, "crosswalk.csv");
    writeFileSync(
      crosswalk,
      "old_unit,new_unit,share\nkhuong-mai,khuong-moi,1\nkhuong-trung,khuong-moi,1\nthuong-dinh,thuong-dinh-moi,không so sánh được\n",
    );
    return { setup, units, crosswalk };
  };

  it("fills the merged ward's template with the sum of its old wards' figures", async () => {
    const { setup, units, crosswalk } = files();
    const out = join(setup, "bieu-mau");
    const run = runCli([
      "template",
      "--period",
      "2025-10",
      "--units",
      units,
      "--history",
      history,
      "--crosswalk",
      crosswalk,
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const read = await readWorkbook(join(out, "2025-10 khuong-moi.xlsx"));
    if (!read.ok) throw new Error(read.error.en);
    const rows = read.sheets[0]!.values;
    const keys = rows.find((row) => row.includes("code") && row.includes("last_year"))!;
    const dt03 = rows.find((row) => row[keys.indexOf("code")] === "DT03")!;
    expect(dt03[keys.indexOf("last_year")]).toBe(
      unitFigure("khuong-mai", "DT03")! + unitFigure("khuong-trung", "DT03")!,
    );
    expect(rows.flat().some((c) => typeof c === "string" && c.includes("so sánh theo địa giới mới"))).toBe(
      true,
    );
  });

  it("states the basis even with a history file that is only now started", async () => {
    const { setup, units, crosswalk } = files();
    const submissions = join(setup, "bao-cao");
    mkdirSync(submissions);
    await writeSubmissions({ units: merged, period: { year: 2025, month: 10 }, dir: submissions });
    const run = runCli([
      "consolidate",
      submissions,
      "--period",
      "2025-10",
      "--units",
      units,
      "--crosswalk",
      crosswalk,
      "--history",
      join(setup, "new-history.csv"),
      "--out",
      join(setup, "s.xlsx"),
      "--json",
      join(setup, "s.json"),
      "--report",
      join(setup, "s.md"),
    ]);
    expect(run.code).toBe(0);
    // A history file that does not exist has nothing of 2024: the basis is still said.
    const json = readJson(join(setup, "s.json"));
    expect(json.comparison.basis?.vi).toBe("so sánh theo địa giới mới");
  });

  it("rebuilds last year for the merged ward from the history and says which unit cannot be compared", async () => {
    const { setup, units, crosswalk } = files();
    const submissions = join(setup, "bao-cao");
    mkdirSync(submissions);
    await writeSubmissions({ units: merged, period: { year: 2025, month: 10 }, dir: submissions });
    const copy = join(setup, "lich-su.csv");
    writeFileSync(copy, readFileSync(history, "utf8"));
    const run = runCli([
      "consolidate",
      submissions,
      "--period",
      "2025-10",
      "--units",
      units,
      "--crosswalk",
      crosswalk,
      "--history",
      copy,
      "--out",
      join(setup, "s.xlsx"),
      "--json",
      join(setup, "s.json"),
      "--report",
      join(setup, "s.md"),
    ]);
    expect(run.code).toBe(0);
    const json = readJson(join(setup, "s.json"));
    const dt03 = json.indicators.find((i) => i.code === "DT03")!;
    expect(dt03.samePeriodSources.crosswalk).toEqual(["khuong-moi"]);
    expect(json.comparison.notComparable).toContainEqual(
      expect.objectContaining({ unit: "thuong-dinh-moi", indicator: null }),
    );
    const report = readFileSync(join(setup, "s.md"), "utf8");
    expect(report).toContain("so sánh theo địa giới mới");
    expect(report).toContain("Phường Thượng Đình mới (mọi chỉ tiêu)");
  });

  it("stops with exit 2 naming a crosswalk line with an unknown new unit", () => {
    const { setup, units } = files();
    const bad = join(setup, "bad.csv");
    writeFileSync(bad, "old_unit,new_unit,share\nkhuong-mai,khong-co,1\n");
    const run = runCli([
      "template",
      "--period",
      "2025-10",
      "--units",
      units,
      "--crosswalk",
      bad,
      "--out",
      setup,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("bad.csv: Dòng 2");
  });
});
