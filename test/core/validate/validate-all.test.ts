import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";
import { validateAll } from "../../../src/core/validate";
import { financeOffice, previousReport, rawReport, ward } from "../../builders/raw-report";

const kimGiang: Unit = { id: "kim-giang", name: "Phường Kim Giang", kind: "ward" };
const units = [ward, kimGiang, financeOffice];
const base = { template: builtinTemplate, units, expectedPeriod: "2024-10" };

describe("validating many units", () => {
  const raws = [
    rawReport({ unit: kimGiang, cells: { AN08: { actual: -1 }, DT03: { cumulative: "x" } } }),
    rawReport({ unit: financeOffice }),
    rawReport({ unit: ward, cells: { HC03: { actual: 2000 } } }),
  ];

  it("sorts findings by unit id, then sheet order", () => {
    const { findings } = validateAll(raws, base);
    expect(findings.map((f) => [f.unitId, f.rule, f.code])).toEqual([
      ["khuong-mai", "hc.on-time-within-resolved", "HC03"],
      ["kim-giang", "cell.text", "DT03"],
      ["kim-giang", "cell.min", "AN08"],
    ]);
  });

  it("gives the same result whatever order the reports arrive in", () => {
    expect(validateAll([...raws].reverse(), base)).toEqual(validateAll(raws, base));
  });

  it("admits only reports without errors into the summary, unless the office accepted the unit with a reason", () => {
    const plain = validateAll(raws, base);
    expect(plain.units.map((u) => [u.unitId, u.blocking, u.counts.error])).toEqual([
      ["khuong-mai", true, 1],
      ["kim-giang", true, 2],
      ["tckh", false, 0],
    ]);
    expect(plain.admitted.map((r) => r.unitId)).toEqual(["tckh"]);

    const accepted = validateAll(raws, {
      ...base,
      accepted: [
        { unitId: "khuong-mai", reason: "Đã xác nhận qua điện thoại: HC03 đúng là 1.150" },
        { unitId: "kim-giang", reason: "   " },
      ],
    });
    expect(accepted.units.map((u) => [u.unitId, u.blocking])).toEqual([
      ["khuong-mai", false],
      ["kim-giang", true],
      ["tckh", false],
    ]);
    expect(accepted.units[0]!.accepted?.reason).toContain("điện thoại");
    expect(accepted.admitted.map((r) => r.unitId)).toEqual(["khuong-mai", "tckh"]);
  });

  it("flags a report from a unit not in the list", () => {
    const stranger = rawReport({ unit: { id: "xa-la", name: "Xã lạ", kind: "ward" } });
    const { findings } = validateAll([stranger], base);
    expect(findings.map((f) => [f.unitId, f.rule, f.severity])).toEqual([
      ["xa-la", "report.unknown-unit", "error"],
    ]);
  });

  it("matches each unit with its own previous report", () => {
    const previous = [
      previousReport({ cumulative: { HC01: 99_999 } }),
      previousReport({ unit: financeOffice }),
    ];
    const { findings } = validateAll([rawReport(), rawReport({ unit: financeOffice })], {
      ...base,
      previous,
    });
    expect(findings.map((f) => [f.unitId, f.rule, f.code])).toEqual([
      ["khuong-mai", "cumulative.not-below-previous", "HC01"],
    ]);
  });
});
