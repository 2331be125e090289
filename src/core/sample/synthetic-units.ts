/**
 * Units for benchmarks and scale tests: n wards ("ward-0001"...) plus the eight offices
 * of the sample district, so every indicator of the built-in template has its reporters.
 * 3,321 wards is the country's count of communes and wards after the 2025 reform.
 */
import type { Unit } from "../units/unit";
import { sampleDistrict } from "../units/sample-district";

export function syntheticUnits(n: number): Unit[] {
  const width = Math.max(4, String(n).length);
  const wards = Array.from({ length: n }, (_, i): Unit => {
    const number = String(i + 1).padStart(width, "0");
    return { id: `ward-${number}`, name: `Phường ${number}`, kind: "ward" };
  });
  return [...wards, ...sampleDistrict.filter((unit) => unit.kind === "office")];
}
