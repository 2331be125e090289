import { describe, expect, it } from "vitest";
import { consolidationCompleteness } from "../../../src/core/completeness";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";
import { financeOffice, rawReport, ward } from "../../builders/raw-report";

const kimGiang: Unit = { id: "kim-giang", name: "Phường Kim Giang", kind: "ward" };
const thuongDinh: Unit = { id: "thuong-dinh", name: "Phường Thượng Đình", kind: "ward" };

describe("completeness of a consolidation", () => {
  const result = consolidationCompleteness({
    template: builtinTemplate,
    units: [ward, kimGiang, thuongDinh, financeOffice],
    raws: [
      rawReport({ unit: ward, submittedAt: "2024-10-19T10:00:00+07:00" }),
      rawReport({ unit: kimGiang, submittedAt: "2024-10-23T08:00:00+07:00" }),
      // The finance office sent its file on time without the NS03 cumulative.
      rawReport({
        unit: financeOffice,
        submittedAt: "2024-10-18T16:00:00+07:00",
        cells: { NS03: { cumulative: null } },
      }),
    ],
    deadline: "2024-10-20",
    asOf: "2024-10-25T09:00:00+07:00",
  });

  it("gives the reporting rate and the on-time rate over the expected units", () => {
    // 4 expected; submitted: Khương Mai, Kim Giang, the finance office = 3 -> 75%.
    // On time: Khương Mai and the finance office = 2 -> 50%.
    expect(result).toMatchObject({ expected: 4, submitted: 3, onTime: 2, reportingRate: 75, onTimeRate: 50 });
  });

  it("lists missing and late units in the office's order", () => {
    expect(result.missing).toEqual(["thuong-dinh"]);
    expect(result.late).toEqual(["kim-giang", "thuong-dinh"]);
    expect(result.units.map((u) => [u.unitId, u.status])).toEqual([
      ["khuong-mai", "complete"],
      ["kim-giang", "late"],
      ["thuong-dinh", "late"],
      ["tckh", "in-progress"],
    ]);
  });

  it("says per indicator how many of the units that should report it did", () => {
    const by = (code: string) => result.perIndicator.find((p) => p.code === code);
    // HC01: 3 wards + the finance office expected; Thượng Đình sent nothing.
    expect(by("HC01")).toEqual({ code: "HC01", expected: 4, reported: 3 });
    expect(by("DT03")).toEqual({ code: "DT03", expected: 3, reported: 2 });
    expect(by("NS03")).toEqual({ code: "NS03", expected: 1, reported: 0 });
    expect(by("NS01")).toEqual({ code: "NS01", expected: 1, reported: 1 });
    // No economy office in this list: nobody is expected to report KT01.
    expect(by("KT01")).toEqual({ code: "KT01", expected: 0, reported: 0 });
    expect(by("HC04")).toBeUndefined();
  });

  it("gives no rate, rather than a division by zero, when no unit is expected", () => {
    const none = consolidationCompleteness({ template: builtinTemplate, units: [], raws: [] });
    expect(none).toMatchObject({ expected: 0, submitted: 0, missing: [], late: [] });
    expect(none.reportingRate).toBeUndefined();
    expect(none.onTimeRate).toBeUndefined();
  });
});
