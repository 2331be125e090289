/**
 * The demo's story, as data: one month of the sample district, where most units send
 * their report on time, one sends nothing, one sends it late, one ward's on-time files
 * exceed its resolved files, and one ward types a fine total as text ("1.592,5"). Sample
 * data may name indicator codes; nothing that consolidates does.
 */
export const DEMO = {
  period: "2024-10",
  month: { year: 2024, month: 10 },
  /** Reports are due five days after the month's cut-off. */
  deadline: "2024-11-05",
  /** When the office consolidates (fixed, so two demo runs give the same files). */
  generatedAt: "2024-11-06T09:00:00+07:00",
  seed: 2024,
  /** Sends nothing. */
  missing: "thuong-dinh",
  /** Sends three days after the deadline. */
  late: { unitId: "kim-giang", sentOn: "2024-11-08" },
  /** Types more files resolved on time than files resolved (HC03 > HC02). */
  onTimeAboveResolved: { unitId: "khuong-mai", code: "HC03", above: "HC02", excess: 37 },
  /** Types the urban-order fines total as text, the Vietnamese way ("1.592,5"). */
  numberAsText: { unitId: "nhan-chinh", code: "DT04", column: "cumulative" },
  /** Everyone else sends on one of these days, in turn. */
  onTimeDays: ["2024-11-01", "2024-11-04", "2024-11-05", "2024-11-04", "2024-11-02"],
  reporters: [
    "Nguyễn Thị Lan",
    "Trần Văn Minh",
    "Lê Thu Hà",
    "Phạm Quốc Hùng",
    "Hoàng Thị Mai",
    "Vũ Đức Anh",
    "Đặng Thu Trang",
    "Bùi Văn Nam",
  ],
} as const;
