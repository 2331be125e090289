import { describe, expect, it } from "vitest";
import type { NarrativeInput } from "../../../src/core/narrative";
import { writeNarrative } from "../../../src/core/narrative";
import type { Lang, Period } from "../../../src/core/periods";
import type { Template } from "../../../src/core/template/schema";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { sampleDistrict } from "../../../src/core/units/sample-district";
import { literalSummary, type RowSpec } from "./literal-summary";

const OCTOBER_2024: Period = { kind: "month", year: 2024, month: 10 };

function sentences(
  rows: RowSpec[],
  lang: Lang = "vi",
  extra: Partial<Pick<NarrativeInput, "periodPlacement" | "wording" | "template" | "period">> = {},
): string[] {
  return writeNarrative({
    template: builtinTemplate,
    summary: literalSummary({ rows }),
    units: sampleDistrict,
    period: OCTOBER_2024,
    lang,
    periodPlacement: "in-heading",
    ...extra,
  }).paragraphs.flatMap((p) => p.sentences);
}

/** The built-in template with one indicator's wording replaced. */
function withWording(code: string, wording: Template["indicators"][number]["wording"]): Template {
  return {
    ...builtinTemplate,
    indicators: builtinTemplate.indicators.map((i) => (i.code === code ? { ...i, wording } : i)),
  };
}

describe("ratio wording", () => {
  it("says 'bằng X% so với cùng kỳ' with at most two decimals", () => {
    // XH07: 1.085 / 1.000 = 108,5%.
    expect(sentences([{ code: "XH07", values: { cumulative: 1085, last_year: 1000 } }])).toEqual([
      "Kiểm tra 1.085 cơ sở thực phẩm (bằng 108,5% so với cùng kỳ năm 2023).",
    ]);
    // 2 / 3 = 66,666...% shown as 66,67%.
    expect(sentences([{ code: "XH07", values: { cumulative: 2, last_year: 3 } }], "en")).toEqual([
      "Inspected 2 food businesses (66.67% of the same period of 2023).",
    ]);
  });
});

describe("growth wording", () => {
  const production = (cumulative: number, lastYear: number): RowSpec => ({
    code: "KT01",
    values: { cumulative, last_year: lastYear },
  });

  it("says up, down, or the same as last year", () => {
    // 1.072 / 1.000 = 107,2% -> up 7,2%; 930 / 1.000 = 93% -> down 7%; 1.000 / 1.000 -> same.
    expect(sentences([production(1072, 1000)])).toEqual([
      "Giá trị sản xuất trên địa bàn đạt 1 tỷ 072 triệu đồng (tăng 7,2% so với cùng kỳ năm 2023).",
    ]);
    expect(sentences([production(930, 1000)])).toEqual([
      "Giá trị sản xuất trên địa bàn đạt 930 triệu đồng (giảm 7% so với cùng kỳ năm 2023).",
    ]);
    expect(sentences([production(1000, 1000)], "en")).toEqual([
      "Production value reached VND 1 billion (the same as in the same period of 2023).",
    ]);
  });

  it("calls a change that rounds to 0% the same, not 'up 0%'", () => {
    // 1.000.001 / 1.000.000 = 100,0001% -> growth 0,0001% -> 0% at two decimals.
    expect(sentences([production(1_000_001, 1_000_000)])).toEqual([
      "Giá trị sản xuất trên địa bàn đạt 1.000 tỷ 001 triệu đồng (bằng cùng kỳ năm 2023).",
    ]);
  });
});

describe("difference wording", () => {
  it("says more or fewer in the indicator's unit of measure", () => {
    // HC06: 100 - 97 = 3 more; 97 - 97 = the same.
    expect(sentences([{ code: "HC06", values: { cumulative: 100, last_year: 97 } }])).toEqual([
      "Tổ chức 100 cuộc họp, tăng 3 cuộc so với cùng kỳ năm 2023.",
    ]);
    expect(sentences([{ code: "HC06", values: { cumulative: 97, last_year: 97 } }], "en")).toEqual([
      "Held 97 meetings, the same as in the same period of 2023.",
    ]);
  });

  it("writes a difference of money in tỷ and triệu", () => {
    // NS01 with difference wording: 3.500.000 - 2.300.000 = 1.200.000 triệu = 1.200 tỷ.
    const template = withWording("NS01", { comparison: "difference" });
    expect(
      sentences([{ code: "NS01", values: { cumulative: 3_500_000, last_year: 2_300_000 } }], "vi", {
        template,
      }),
    ).toEqual([
      "Thu ngân sách nhà nước trên địa bàn đạt 3.500 tỷ đồng, tăng 1.200 tỷ đồng so với cùng kỳ năm 2023.",
    ]);
    expect(
      sentences([{ code: "NS01", values: { cumulative: 2_300_000, last_year: 3_500_000 } }], "en", {
        template,
      }),
    ).toEqual([
      "State budget revenue collected in the area reached VND 2,300 billion, VND 1,200 billion less than in the same period of 2023.",
    ]);
  });

  it("writes a difference of a rate in percentage points", () => {
    // HC04 with difference wording: 97,5 - 95 = 2,5 points.
    const template = withWording("HC04", { comparison: "difference" });
    expect(
      sentences([{ code: "HC04", values: { cumulative: 97.5, last_year: 95 } }], "vi", { template }),
    ).toEqual([
      "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%, tăng 2,5 điểm phần trăm so với cùng kỳ năm 2023.",
    ]);
  });

  it("compares with a last year of zero by difference, where a ratio has nothing to say", () => {
    // AN08: 3 - 0 = 3 more, although 3 / 0 is no percentage.
    expect(sentences([{ code: "AN08", values: { cumulative: 3, last_year: 0 } }])).toEqual([
      "Xảy ra 3 vụ tai nạn giao thông, tăng 3 vụ so với cùng kỳ năm 2023.",
    ]);
  });

  it("speaks of a stock as a level ('là'), compared by difference", () => {
    // XH10 without its lead (English uses the name form): 120 - 135 = 15 fewer.
    expect(sentences([{ code: "XH10", values: { cumulative: 120, last_year: 135 } }])).toEqual([
      "Toàn địa bàn còn 120 hộ nghèo, giảm 15 hộ so với cùng kỳ năm 2023.",
    ]);
    const template = withWording("XH10", { comparison: "difference" });
    const plain = { ...builtinTemplate, ...template, id: "office-template" };
    expect(
      sentences([{ code: "XH10", values: { cumulative: 120, last_year: 135 } }], "vi", { template: plain }),
    ).toEqual(["Hộ nghèo là 120 hộ, giảm 15 hộ so với cùng kỳ năm 2023."]);
  });
});

describe("plans", () => {
  it("names both plans with their own names", () => {
    // 2.000.000 / 5.000.000 = 40%; 2.000.000 / 4.000.000 = 50%.
    expect(
      sentences([{ code: "NS01", values: { cumulative: 2_000_000, plan: 5_000_000, plan2: 4_000_000 } }]),
    ).toEqual([
      "Thu ngân sách nhà nước trên địa bàn đạt 2.000 tỷ đồng, bằng 40% dự toán thành phố giao và 50% dự toán HĐND giao.",
    ]);
    expect(
      sentences(
        [{ code: "NS01", values: { cumulative: 2_000_000, plan: 5_000_000, plan2: 4_000_000 } }],
        "en",
      ),
    ).toEqual([
      "State budget revenue collected in the area reached VND 2,000 billion, 40% of the city's estimate and 50% of the council's estimate.",
    ]);
  });

  it("uses the indicator's plan name: kế hoạch, kế hoạch vốn, chỉ tiêu", () => {
    // XH04: 450 / 600 = 75%. NS04: 300.000 / 1.200.000 = 25%.
    expect(
      sentences([
        { code: "NS04", values: { cumulative: 300_000, plan: 1_200_000 } },
        { code: "XH04", values: { cumulative: 450, plan: 600 } },
      ]),
    ).toEqual([
      "Giải ngân vốn đầu tư công đạt 300 tỷ đồng, bằng 25% kế hoạch vốn.",
      "Lao động được giải quyết việc làm đạt 450 người, bằng 75% kế hoạch.",
    ]);
  });

  it("leaves out a percentage that has no value (no plan, zero plan, different units)", () => {
    expect(
      sentences([
        { code: "NS01", values: { cumulative: 2_000_000, plan: 0 }, completion: { plan: null } },
        { code: "XH07", values: { cumulative: 1085, last_year: 1000 }, ratio: null },
      ]),
    ).toEqual(["Thu ngân sách nhà nước trên địa bàn đạt 2.000 tỷ đồng.", "Kiểm tra 1.085 cơ sở thực phẩm."]);
  });
});

describe("estimates", () => {
  it("writes 'ước' before a lead verb and 'an estimated' in English", () => {
    // HC06 estimate 90 against 97: 90 - 97 = 7 fewer.
    const row: RowSpec = { code: "HC06", values: { estimate: 90, last_year: 97 } };
    expect(sentences([row])).toEqual(["Ước tổ chức 90 cuộc họp, giảm 7 cuộc so với cùng kỳ năm 2023."]);
    expect(sentences([row], "en")).toEqual([
      "Held an estimated 90 meetings, 7 meetings fewer than in the same period of 2023.",
    ]);
  });

  it("measures an estimate against the plan", () => {
    // AN01 estimate 31 of a target of 62: 50%.
    expect(sentences([{ code: "AN01", values: { estimate: 31, plan: 62 } }])).toEqual([
      "Ước tuyển chọn, bàn giao 31 thanh niên nhập ngũ, đạt 50% chỉ tiêu.",
    ]);
  });

  it("prefers the cumulative to the estimate", () => {
    expect(sentences([{ code: "HC06", values: { cumulative: 85, estimate: 90 } }])).toEqual([
      "Tổ chức 85 cuộc họp.",
    ]);
  });

  it("compares an estimate with last year only over the same units", () => {
    // Both offices estimated, only one gave last year: 1.072 / 1.000 would read as growth.
    const row: RowSpec = {
      code: "KT01",
      values: { estimate: 1072, last_year: 1000 },
      reporters: 2,
      missing: { estimate: [], last_year: ["kt"] },
    };
    expect(sentences([row])).toEqual(["Giá trị sản xuất trên địa bàn ước đạt 1 tỷ 072 triệu đồng."]);
  });
});

describe("zero", () => {
  it("writes a zero without a zero phrase as a figure", () => {
    expect(sentences([{ code: "AN04", values: { cumulative: 0 } }])).toEqual([
      "Trường hợp vi phạm phòng cháy chữa cháy bị xử phạt đạt 0 trường hợp.",
    ]);
  });

  it("does not use the zero phrase for a zero estimate", () => {
    expect(sentences([{ code: "AN07", values: { estimate: 0 } }])).toEqual(["Ước xảy ra 0 vụ cháy, nổ."]);
  });
});

describe("wording from the template and the caller", () => {
  it("takes the lead from the template's own wording", () => {
    const template = withWording("HC06", {
      comparison: "difference",
      lead: { vi: "Chủ trì", en: "Chaired" },
      noun: { vi: "cuộc họp", en: "meetings" },
    });
    expect(sentences([{ code: "HC06", values: { cumulative: 85 } }], "vi", { template })).toEqual([
      "Chủ trì 85 cuộc họp.",
    ]);
  });

  it("takes the caller's extra wording for any template", () => {
    const template = { ...builtinTemplate, id: "office-template" };
    const wording = {
      XH01: { lead: { vi: "Tiêm", en: "Gave" }, noun: { vi: "mũi vắc xin", en: "vaccine doses" } },
    };
    expect(sentences([{ code: "XH01", values: { cumulative: 1200 } }], "vi", { template, wording })).toEqual([
      "Tiêm 1.200 mũi vắc xin.",
    ]);
  });

  it("names the indicator when the template gives no lead", () => {
    const template = withWording("HC06", { comparison: "difference" });
    expect(sentences([{ code: "HC06", values: { cumulative: 85 } }], "vi", { template })).toEqual([
      "Cuộc họp đã tổ chức đạt 85 cuộc.",
    ]);
  });
});

describe("the period in sentences", () => {
  const revenue: RowSpec = { code: "NS01", values: { cumulative: 2_000_000 } };
  const at = (period: Period, lang: Lang = "vi") =>
    sentences([revenue], lang, { period, periodPlacement: "in-sentences" })[0];

  it("says what span a cumulative covers: the year to date, not the month", () => {
    expect(at({ kind: "month", year: 2024, month: 10 })).toBe(
      "Thu ngân sách nhà nước trên địa bàn 10 tháng năm 2024 đạt 2.000 tỷ đồng.",
    );
    expect(at({ kind: "month", year: 2024, month: 10 }, "en")).toBe(
      "State budget revenue collected in the area in the first 10 months of 2024 reached VND 2,000 billion.",
    );
    expect(at({ kind: "month", year: 2024, month: 1 })).toBe(
      "Thu ngân sách nhà nước trên địa bàn tháng 1/2024 đạt 2.000 tỷ đồng.",
    );
    expect(at({ kind: "quarter", year: 2024, quarter: 3 })).toBe(
      "Thu ngân sách nhà nước trên địa bàn 9 tháng năm 2024 đạt 2.000 tỷ đồng.",
    );
    expect(at({ kind: "half", year: 2020 })).toBe(
      "Thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm 2020 đạt 2.000 tỷ đồng.",
    );
    expect(at({ kind: "year", year: 2024 })).toBe(
      "Thu ngân sách nhà nước trên địa bàn năm 2024 đạt 2.000 tỷ đồng.",
    );
  });

  it("dates a stock at the report's cut-off", () => {
    // Without a lead the sentence names the indicator; the date is the cut-off, not "10 tháng".
    const template = withWording("XH10", { comparison: "difference" });
    expect(
      sentences([{ code: "XH10", values: { cumulative: 120 } }], "vi", {
        template,
        periodPlacement: "in-sentences",
      }),
    ).toEqual(["Hộ nghèo tháng 10/2024 là 120 hộ."]);
  });

  it("compares with the year before the period's own year", () => {
    expect(
      sentences([{ code: "XH07", values: { cumulative: 1085, last_year: 1000 } }], "vi", {
        period: { kind: "quarter", year: 2022, quarter: 1 },
      }),
    ).toEqual(["Kiểm tra 1.085 cơ sở thực phẩm (bằng 108,5% so với cùng kỳ năm 2021)."]);
  });
});
