/** Small literal unit lists for the consolidation tests. */
import type { Unit } from "../../../src/core/units/unit";

export const ward = (id: string): Unit => ({ id, name: `Phường ${id}`, kind: "ward" });
export const office = (id: string, code: string): Unit => ({
  id,
  name: `Phòng ${code}`,
  kind: "office",
  office: code,
});

/** Three wards of the sample district and the finance office. */
export const HA_DINH = ward("ha-dinh");
export const KHUONG_MAI = ward("khuong-mai");
export const KIM_GIANG = ward("kim-giang");
export const FINANCE = office("tckh", "TCKH");
export const ECONOMY = office("kt", "KT");
