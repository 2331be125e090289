import { describe, expect, it } from "vitest";
import { CompletenessMisuseError, unitCompleteness } from "../../../src/core/completeness";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { validateReport } from "../../../src/core/validate";
import { financeOffice, rawReport, ward, type RawReportOptions } from "../../builders/raw-report";

const template = builtinTemplate;
const of = (options: RawReportOptions | undefined, extra: { deadline?: string; asOf?: string } = {}) =>
  unitCompleteness({ template, unit: ward, ...(options ? { raw: rawReport(options) } : {}), ...extra });

// A ward reports 24 indicators: 23 need actual and cumulative, XH10 (a stock) only
// cumulative, so 23 x 2 + 1 = 47 required cells.

describe("a unit's completeness", () => {
  it("is not started without a report, or with nothing typed in it", () => {
    expect(of(undefined)).toMatchObject({
      status: "not-started",
      requiredFilled: 0,
      requiredTotal: 47,
      submitted: false,
    });
    expect(of({ blank: true }).status).toBe("not-started");
  });

  it("is complete when every required cell is filled", () => {
    expect(of({})).toMatchObject({
      status: "complete",
      requiredFilled: 47,
      requiredTotal: 47,
      submitted: true,
      onTime: true,
    });
  });

  it("is in progress with required cells still blank, and counts them", () => {
    // Two of 47 left blank (one holds only spaces): 45 filled.
    const c = of({ cells: { HC02: { cumulative: null }, AN08: { actual: "  " } } });
    expect(c).toMatchObject({
      status: "in-progress",
      requiredFilled: 45,
      requiredTotal: 47,
      submitted: false,
    });
  });

  it("counts a filled but wrong cell as filled: findings say what is wrong", () => {
    expect(of({ cells: { HC02: { cumulative: "n/a" } } }).requiredFilled).toBe(47);
  });

  it("counts the finance office's own cells: 8 indicators x 2", () => {
    const c = unitCompleteness({ template, unit: financeOffice, raw: rawReport({ unit: financeOffice }) });
    expect(c).toMatchObject({ requiredFilled: 16, requiredTotal: 16 });
  });
});

describe("against the deadline", () => {
  const deadline = "2024-10-20";

  it("is late when sent after the deadline; a date alone means the end of that day in Vietnam", () => {
    // 23:30 +07:00 on the 20th is before 23:59:59.999 +07:00.
    expect(of({ submittedAt: "2024-10-20T23:30:00+07:00" }, { deadline })).toMatchObject({
      status: "complete",
      onTime: true,
    });
    // 17:30Z on the 20th is 00:30 +07:00 on the 21st.
    expect(of({ submittedAt: "2024-10-20T17:30:00Z" }, { deadline })).toMatchObject({
      status: "late",
      submitted: true,
      onTime: false,
    });
    // No zone: read as Vietnam time.
    expect(of({ submittedAt: "2024-10-21T00:10" }, { deadline }).status).toBe("late");
  });

  it("is late when the deadline has passed and nothing was submitted", () => {
    const asOf = "2024-10-22T09:00:00+07:00";
    expect(of(undefined, { deadline, asOf }).status).toBe("late");
    expect(of({ cells: { HC02: { cumulative: null } } }, { deadline, asOf }).status).toBe("late");
    expect(of(undefined, { deadline, asOf: "2024-10-19T09:00:00+07:00" }).status).toBe("not-started");
  });

  it("does not call a complete shared sheet late: nobody knows when it was finished", () => {
    expect(of({}, { deadline, asOf: "2024-10-22T09:00:00+07:00" })).toMatchObject({
      status: "complete",
      onTime: true,
    });
  });

  it("takes an unreadable sending time as unknown, and refuses an unreadable deadline", () => {
    expect(of({ submittedAt: "hôm qua" }, { deadline }).status).toBe("complete");
    expect(() => of({}, { deadline: "20/10/2024" })).toThrow(CompletenessMisuseError);
  });
});

describe("findings and acceptance", () => {
  it("counts the unit's errors and warnings, and whether they block", () => {
    const raw = rawReport({ cells: { AN08: { actual: -1 }, DT03: { last_year: 40 } } });
    const { findings } = validateReport(raw, { template, unit: ward, expectedPeriod: "2024-10" });
    const c = unitCompleteness({ template, unit: ward, raw, findings });
    expect(c).toMatchObject({ errors: 1, warnings: 1, infos: 0, blocking: true });
    const accepted = unitCompleteness({
      template,
      unit: ward,
      raw,
      findings,
      accepted: [{ unitId: "khuong-mai", reason: "AN08 sửa thành 1 theo điện thoại" }],
    });
    expect(accepted.blocking).toBe(false);
    expect(accepted.accepted?.reason).toBe("AN08 sửa thành 1 theo điện thoại");
  });
});
