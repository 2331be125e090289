/**
 * How big the built-in template's figures are for one unit in one month, from the
 * magnitudes of a real Hanoi district (domain guide §9): budget revenue about 5-7 million
 * triệu a year at the finance office, production value about 100 million, 10-60
 * urban-order cases and 1,000-3,000 administrative files a month per ward.
 *
 * The relations keep sample reports consistent with the template's rules: a part never
 * exceeds its whole (HC03 <= HC02 <= HC01), fines exist only with fined cases. This is
 * sample data, so naming codes here is fine: the consolidation code never does. A code
 * without a profile (a custom template) gets a modest default by value type.
 */
export type Range = readonly [number, number];

export interface SampleProfile {
  /** Monthly figure of one ward, and of one office; for a stock, the level. */
  ward?: Range;
  office?: Range;
  /** A part of another indicator of the same unit: each month, parent x share. */
  partOf?: { code: string; share: Range };
  /** Money per case of another indicator: each month, cases x rate, so no cases, no fines. */
  perCase?: { code: string; rate: Range };
  /** The only months (1-12) it happens in: enlistment is in February. */
  months?: readonly number[];
  /** The unit also gives an estimate (ước thực hiện) beside the actual. */
  estimated?: boolean;
}

export const SAMPLE_PROFILES: Readonly<Record<string, SampleProfile>> = {
  KT01: { office: [7_500_000, 9_000_000], estimated: true },
  KT02: { partOf: { code: "KT01", share: [0.62, 0.72] }, estimated: true },
  KT04: { office: [90, 160] },
  KT05: { office: [15, 60] },
  KT06: { perCase: { code: "KT05", rate: [3, 12] } },
  NS01: { office: [420_000, 560_000] },
  NS02: { office: [150_000, 220_000] },
  NS03: { office: [180_000, 260_000] },
  NS04: { office: [60_000, 140_000] },
  DT01: { office: [1, 8] },
  DT02: { office: [15, 60] },
  DT03: { ward: [10, 60] },
  DT04: { perCase: { code: "DT03", rate: [1.5, 4] } },
  DT05: { ward: [0, 8] },
  XH01: { ward: [200, 1_200] },
  XH02: { ward: [150, 500], months: [1, 2, 7] },
  XH03: { perCase: { code: "XH02", rate: [0.3, 1] } },
  XH04: { ward: [20, 70] },
  XH05: { ward: [3, 25] },
  XH06: { ward: [8, 40] },
  XH07: { ward: [5, 30] },
  XH08: { partOf: { code: "XH07", share: [0, 0.2] } },
  XH09: { perCase: { code: "XH08", rate: [2, 10] } },
  XH10: { ward: [5, 60] },
  HC01: { ward: [1_000, 3_000], office: [80, 600] },
  HC02: { partOf: { code: "HC01", share: [0.9, 1] } },
  HC03: { partOf: { code: "HC02", share: [0.95, 1] } },
  HC05: { office: [1, 4] },
  HC06: { office: [12, 30] },
  AN01: { ward: [12, 30], months: [2] },
  AN02: { ward: [2, 8], months: [2] },
  AN03: { ward: [5, 25] },
  AN04: { partOf: { code: "AN03", share: [0, 0.3] } },
  AN05: { perCase: { code: "AN04", rate: [5, 25] } },
  AN06: { ward: [0, 2] },
  AN07: { ward: [0, 2] },
  AN08: { ward: [0, 3] },
};

/** For codes without a profile. */
export const DEFAULT_RANGE: Record<"count" | "money" | "number", Range> = {
  count: [0, 50],
  money: [0, 100],
  number: [0, 100],
};
