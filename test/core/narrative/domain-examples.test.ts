/**
 * The sentences of domain.md §7, word for word, from literal summaries. Period: as of
 * 30/9/2024, so the same period last year is 2023.
 */
import { describe, expect, it } from "vitest";
import type { NarrativeInput } from "../../../src/core/narrative";
import { writeNarrative } from "../../../src/core/narrative";
import type { Lang } from "../../../src/core/periods";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { sampleDistrict } from "../../../src/core/units/sample-district";
import { literalSummary, type RowSpec } from "./literal-summary";

const AS_OF_30_9_2024 = { kind: "to-date", year: 2024, month: 9, day: 30 } as const;

function sentencesOf(
  rows: RowSpec[],
  lang: Lang,
  periodPlacement: NarrativeInput["periodPlacement"] = "in-sentences",
): string[] {
  const narrative = writeNarrative({
    template: builtinTemplate,
    summary: literalSummary({ rows }),
    units: sampleDistrict,
    period: AS_OF_30_9_2024,
    lang,
    periodPlacement,
  });
  return narrative.paragraphs.flatMap((p) => p.sentences);
}

// 5.679.608 x 0,413 = 2.345.678,104, so the cumulative is exactly 41,3% of the plan and is
// written "2.345 tỷ 678 triệu" (whole triệu). Last year 2.163.910: 2.345.678,104 / 2.163.910
// = 1,0839998..., i.e. 108,39998% shown with two decimals as 108,4%.
const budget: RowSpec = {
  code: "NS01",
  values: { cumulative: 2_345_678.104, plan: 5_679_608, last_year: 2_163_910 },
  completion: { plan: 41.3 },
  ratio: 108.399_98,
};

// The estimate 20.410.300 against last year 19.040.000: 20.410.300 / 19.040.000 = 1,07197...,
// up 7,197% shown as 7,2%. No cumulative, so the sentence speaks of the estimate.
const production: RowSpec = {
  code: "KT01",
  values: { estimate: 20_410_300, last_year: 19_040_000 },
};

// 62 enlisted against a target of 62: 100%.
const enlisted: RowSpec = { code: "AN01", values: { cumulative: 62, plan: 62 }, completion: { plan: 100 } };

// 85 meetings against 97 last year: 85 - 97 = -12.
const meetings: RowSpec = { code: "HC06", values: { cumulative: 85, last_year: 97 } };

const noFires: RowSpec = { code: "AN07", values: { actual: 0, cumulative: 0 } };

describe("the domain.md §7 sentences, word for word", () => {
  it("budget revenue with the period, % of the city's estimate and the ratio to last year (vi)", () => {
    expect(sentencesOf([budget], "vi")).toEqual([
      "Thu ngân sách nhà nước trên địa bàn tính đến ngày 30/9/2024 đạt 2.345 tỷ 678 triệu đồng, bằng 41,3% dự toán thành phố giao (bằng 108,4% so với cùng kỳ năm 2023).",
    ]);
  });

  it("budget revenue in English, with the period in the heading", () => {
    expect(sentencesOf([budget], "en", "in-heading")).toEqual([
      "State budget revenue collected in the area reached VND 2,345.678 billion, 41.3% of the city's estimate (108.4% of the same period of 2023).",
    ]);
  });

  it("an estimate with growth on last year", () => {
    const vi =
      "Giá trị sản xuất trên địa bàn ước đạt 20.410 tỷ 300 triệu đồng (tăng 7,2% so với cùng kỳ năm 2023).";
    expect(sentencesOf([production], "vi")).toEqual([vi]);
    expect(sentencesOf([production], "vi", "in-heading")).toEqual([vi]);
    expect(sentencesOf([production], "en")).toEqual([
      "Production value is estimated at VND 20,410.3 billion (up 7.2% on the same period of 2023).",
    ]);
  });

  it("a lead verb and % of the target", () => {
    expect(sentencesOf([enlisted], "vi", "in-heading")).toEqual([
      "Tuyển chọn, bàn giao 62 thanh niên nhập ngũ, đạt 100% chỉ tiêu.",
    ]);
    expect(sentencesOf([enlisted], "en", "in-heading")).toEqual([
      "Selected and handed over 62 young people to the army, 100% of the target.",
    ]);
  });

  it("a difference in count on last year", () => {
    expect(sentencesOf([meetings], "vi", "in-heading")).toEqual([
      "Tổ chức 85 cuộc họp, giảm 12 cuộc so với cùng kỳ năm 2023.",
    ]);
    expect(sentencesOf([meetings], "en", "in-heading")).toEqual([
      "Held 85 meetings, 12 meetings fewer than in the same period of 2023.",
    ]);
  });

  it("a zero that is good news", () => {
    expect(sentencesOf([noFires], "vi", "in-heading")).toEqual([
      "Trong kỳ, trên địa bàn không xảy ra cháy, nổ.",
    ]);
    expect(sentencesOf([noFires], "en", "in-heading")).toEqual([
      "In the period, there were no fires or explosions in the area.",
    ]);
  });

  it("puts the period at the head of lead and zero sentences when the period goes in sentences", () => {
    expect(sentencesOf([enlisted, noFires], "vi")).toEqual([
      "Tính đến ngày 30/9/2024, tuyển chọn, bàn giao 62 thanh niên nhập ngũ, đạt 100% chỉ tiêu.",
      "Tính đến ngày 30/9/2024, trên địa bàn không xảy ra cháy, nổ.",
    ]);
    expect(sentencesOf([budget], "en")).toEqual([
      "State budget revenue collected in the area as of 30/09/2024 reached VND 2,345.678 billion, 41.3% of the city's estimate (108.4% of the same period of 2023).",
    ]);
  });
});
