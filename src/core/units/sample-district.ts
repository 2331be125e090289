/**
 * The built-in sample district used by the demo and the tests: eleven wards and eight
 * offices of a Hanoi district before the 2025 reform (Thanh Xuân).
 */
import type { Unit } from "./unit";

const WARDS: ReadonlyArray<[string, string]> = [
  ["ha-dinh", "Phường Hạ Đình"],
  ["khuong-dinh", "Phường Khương Đình"],
  ["khuong-mai", "Phường Khương Mai"],
  ["khuong-trung", "Phường Khương Trung"],
  ["kim-giang", "Phường Kim Giang"],
  ["nhan-chinh", "Phường Nhân Chính"],
  ["phuong-liet", "Phường Phương Liệt"],
  ["thanh-xuan-bac", "Phường Thanh Xuân Bắc"],
  ["thanh-xuan-nam", "Phường Thanh Xuân Nam"],
  ["thanh-xuan-trung", "Phường Thanh Xuân Trung"],
  ["thuong-dinh", "Phường Thượng Đình"],
];

const OFFICES: ReadonlyArray<[string, string, string]> = [
  ["vp", "Văn phòng HĐND và UBND", "VP"],
  ["tckh", "Phòng Tài chính - Kế hoạch", "TCKH"],
  ["kt", "Phòng Kinh tế", "KT"],
  ["qldt", "Phòng Quản lý đô thị", "QLDT"],
  ["nv", "Phòng Nội vụ", "NV"],
  ["vhtt", "Phòng Văn hóa - Thông tin", "VHTT"],
  ["ldtbxh", "Phòng Lao động - Thương binh và Xã hội", "LDTBXH"],
  ["yt", "Phòng Y tế", "YT"],
];

export const SAMPLE_DISTRICT_NAME = { vi: "Quận Thanh Xuân (mẫu)", en: "Thanh Xuân district (sample)" };

export const sampleDistrict: readonly Unit[] = [
  ...WARDS.map(([id, name]): Unit => ({ id, name, kind: "ward" })),
  ...OFFICES.map(([id, name, office]): Unit => ({ id, name, kind: "office", office })),
];
