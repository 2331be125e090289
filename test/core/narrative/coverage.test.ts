import { describe, expect, it } from "vitest";
import type { Summary } from "../../../src/core/consolidate";
import { consolidate } from "../../../src/core/consolidate";
import { writeNarrative } from "../../../src/core/narrative";
import type { Lang } from "../../../src/core/periods";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { sampleDistrict } from "../../../src/core/units/sample-district";
import { unitReport } from "../../builders/unit-report";
import { literalSummary, type RowSpec, type SummarySpec } from "./literal-summary";

const OCTOBER_2024 = { kind: "month", year: 2024, month: 10 } as const;

function narrative(summary: Summary, lang: Lang = "vi") {
  return writeNarrative({
    template: builtinTemplate,
    summary,
    units: sampleDistrict,
    period: OCTOBER_2024,
    lang,
    periodPlacement: "in-heading",
  });
}
const sentencesOf = (spec: SummarySpec, lang: Lang = "vi") =>
  narrative(literalSummary(spec), lang).paragraphs.flatMap((p) => p.sentences);

describe("partial figures", () => {
  // DT03 is reported by the 11 wards; Hạ Đình and Kim Giang sent nothing.
  const urban: RowSpec = {
    code: "DT03",
    values: { cumulative: 250 },
    reporters: 11,
    missing: { cumulative: ["ha-dinh", "kim-giang"] },
  };

  it("say how many wards the figure covers when all reporters are wards", () => {
    expect(sentencesOf({ rows: [urban] })).toEqual([
      "Trường hợp vi phạm trật tự đô thị, an toàn giao thông được xử lý đạt 250 trường hợp (số liệu của 9/11 phường).",
    ]);
    expect(sentencesOf({ rows: [urban] }, "en")).toEqual([
      "Urban-order and traffic violations handled reached 250 cases (figures from 9 of 11 wards).",
    ]);
  });

  it("say units when offices report too", () => {
    // HC01 is reported by the 11 wards and the 8 offices: 19 units, 2 missing.
    const files: RowSpec = {
      code: "HC01",
      values: { cumulative: 12_345 },
      reporters: 19,
      missing: { cumulative: ["ha-dinh", "vp"] },
    };
    expect(sentencesOf({ rows: [files] })).toEqual([
      "Tiếp nhận 12.345 hồ sơ thủ tục hành chính (số liệu của 17/19 đơn vị).",
    ]);
  });

  it("keep the % of plan beside the partial note, so the reader sees both", () => {
    // XH04: 450 of a plan of 600 = 75%, with 10 of 11 wards in.
    const jobs: RowSpec = {
      code: "XH04",
      values: { cumulative: 450, plan: 600 },
      reporters: 11,
      missing: { cumulative: ["ha-dinh"] },
    };
    expect(sentencesOf({ rows: [jobs] })).toEqual([
      "Lao động được giải quyết việc làm đạt 450 người (số liệu của 10/11 phường), bằng 75% kế hoạch.",
    ]);
  });

  it("share one bracket with a bracketed comparison", () => {
    // DT03 with last year over the same 9 wards: 250 / 200 = 125%.
    const row: RowSpec = {
      ...urban,
      values: { cumulative: 250, last_year: 200 },
      missing: { cumulative: ["ha-dinh", "kim-giang"], last_year: ["ha-dinh", "kim-giang"] },
    };
    expect(sentencesOf({ rows: [row] }, "en")).toEqual([
      "Urban-order and traffic violations handled reached 250 cases (figures from 9 of 11 wards; 125% of the same period of 2023).",
    ]);
  });

  it("say so after a zero phrase too: no fires among the wards that reported", () => {
    const fires: RowSpec = {
      code: "AN07",
      values: { cumulative: 0 },
      reporters: 11,
      missing: { cumulative: ["ha-dinh"] },
    };
    expect(sentencesOf({ rows: [fires] })).toEqual([
      "Trong kỳ, trên địa bàn không xảy ra cháy, nổ (số liệu của 10/11 phường).",
    ]);
  });
});

describe("missing data", () => {
  it("leaves out an indicator nobody reported, never writing it as zero", () => {
    const text = narrative(
      literalSummary({ rows: [{ code: "AN07" }, { code: "AN08", values: { cumulative: 2 } }] }),
    ).text;
    expect(text).not.toMatch(/cháy/);
    expect(text).toContain("Xảy ra 2 vụ tai nạn giao thông.");
  });

  it("keeps one paragraph per group in template order, empty where nothing was reported", () => {
    const result = narrative(literalSummary({ rows: [{ code: "AN08", values: { cumulative: 2 } }] }));
    expect(result.paragraphs.map((p) => [p.group, p.title, p.sentences.length])).toEqual([
      ["KT", "Kinh tế", 0],
      ["NS", "Tài chính - ngân sách", 0],
      ["DT", "Đầu tư - xây dựng - đô thị", 0],
      ["XH", "Văn hóa - xã hội", 0],
      ["HC", "Cải cách hành chính", 0],
      ["AN", "Quốc phòng - an ninh", 1],
    ]);
  });

  it("writes the text and markdown without the empty groups, under the period heading", () => {
    const result = narrative(
      literalSummary({
        rows: [
          { code: "AN08", values: { cumulative: 2 } },
          { code: "HC06", values: { cumulative: 85 } },
        ],
      }),
    );
    expect(result.text).toBe(
      "10 tháng năm 2024\n\n" +
        "Cải cách hành chính\nTổ chức 85 cuộc họp.\n\n" +
        "Quốc phòng - an ninh\nXảy ra 2 vụ tai nạn giao thông.\n",
    );
    expect(result.markdown).toBe(
      "## 10 tháng năm 2024\n\n" +
        "### Cải cách hành chính\n\nTổ chức 85 cuộc họp.\n\n" +
        "### Quốc phòng - an ninh\n\nXảy ra 2 vụ tai nạn giao thông.\n",
    );
  });
});

describe("the closing sentence on who reported", () => {
  const totals = (over: Partial<Summary["units"]>): SummarySpec => ({
    rows: [],
    units: { expected: 19, submitted: [], missing: [], excluded: [], unexpected: [], ...over },
  });
  const closing = (spec: SummarySpec, lang: Lang = "vi") =>
    narrative(literalSummary(spec), lang).paragraphs.at(-1);

  it("counts who sent and names who did not", () => {
    const spec = totals({
      submitted: Array.from({ length: 17 }, (_, i) => `u${i}`),
      missing: ["ha-dinh", "kim-giang"],
    });
    expect(closing(spec)).toEqual({
      group: "",
      title: "Tình hình gửi báo cáo",
      sentences: ["17/19 đơn vị đã gửi báo cáo; chưa gửi: Phường Hạ Đình, Phường Kim Giang."],
    });
    expect(closing(spec, "en")?.sentences).toEqual([
      "17 of 19 units have sent their reports; not yet sent: Phường Hạ Đình, Phường Kim Giang.",
    ]);
  });

  it("says all sent when nobody is missing", () => {
    const spec = totals({ submitted: Array.from({ length: 19 }, (_, i) => `u${i}`) });
    expect(closing(spec)?.sentences).toEqual(["19/19 đơn vị đã gửi báo cáo."]);
  });

  it("counts a unit left out of the summary as sent, and names it with the office's reason", () => {
    const spec = totals({
      submitted: Array.from({ length: 17 }, (_, i) => `u${i}`),
      missing: ["ha-dinh"],
      excluded: [{ unitId: "kim-giang", reason: "số liệu sai, chờ báo cáo lại" }],
    });
    // 17 counted + 1 left out = 18 sent.
    expect(closing(spec)?.sentences).toEqual([
      "18/19 đơn vị đã gửi báo cáo; chưa gửi: Phường Hạ Đình; chưa đưa vào tổng hợp: Phường Kim Giang (số liệu sai, chờ báo cáo lại).",
    ]);
  });

  it("falls back to the unit id for a unit not in the list", () => {
    const spec = totals({ submitted: [], missing: ["phuong-moi"], expected: 1 });
    expect(closing(spec)?.sentences).toEqual(["0/1 đơn vị đã gửi báo cáo; chưa gửi: phuong-moi."]);
  });

  it("is left out when no unit is expected", () => {
    const result = narrative(literalSummary({ rows: [] }));
    expect(result.paragraphs.some((p) => p.group === "")).toBe(false);
  });

  it("keeps a name with markdown characters literal in the markdown", () => {
    const summary = literalSummary(totals({ expected: 1, missing: ["x"] }));
    const result = writeNarrative({
      template: builtinTemplate,
      summary,
      units: [{ id: "x", name: "Phường *Mới*", kind: "ward" }],
      period: OCTOBER_2024,
      lang: "vi",
    });
    expect(result.markdown).toBe(
      "### Tình hình gửi báo cáo\n\n0/1 đơn vị đã gửi báo cáo; chưa gửi: Phường \\*Mới\\*.\n",
    );
    expect(result.text).toBe("Tình hình gửi báo cáo\n0/1 đơn vị đã gửi báo cáo; chưa gửi: Phường *Mới*.\n");
  });
});

describe("from a consolidated summary", () => {
  it("reads the coverage and the missing units that consolidation worked out", () => {
    const wards = sampleDistrict.filter((u) => ["ha-dinh", "khuong-mai", "kim-giang"].includes(u.id));
    const summary = consolidate({
      template: builtinTemplate,
      units: wards,
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 4, cumulative: 40, last_year: 30 } } }),
        unitReport({ unitId: "khuong-mai", values: { DT03: { actual: 6, cumulative: 60, last_year: 50 } } }),
      ],
    });
    const result = writeNarrative({
      template: builtinTemplate,
      summary,
      units: wards,
      period: OCTOBER_2024,
      lang: "vi",
    });
    // 40 + 60 = 100 over 2 of 3 wards; last year 30 + 50 = 80 over the same two: 100 / 80 = 125%.
    expect(result.paragraphs.flatMap((p) => p.sentences)).toEqual([
      "Trường hợp vi phạm trật tự đô thị, an toàn giao thông được xử lý 10 tháng năm 2024 đạt 100 trường hợp (số liệu của 2/3 phường; bằng 125% so với cùng kỳ năm 2023).",
      "2/3 đơn vị đã gửi báo cáo; chưa gửi: Phường Kim Giang.",
    ]);
  });
});
