/**
 * Checks and normalises format values the way Excel answers them: colors come back as
 * upper-case "#RRGGBB" (an HTML color name is accepted and converted), `null` is refused
 * ("null is not a valid input for single property"), enums must be Excel's own strings.
 */
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import type { StyleValue } from "./model";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
};

export type Normalize = (value: unknown, location: string) => StyleValue;

const refuse = (location: string, why: string): never => {
  throw new FakeExcelError(FakeErrorCode.invalidArgument, location, why);
};

export const color: Normalize = (value, location) => {
  if (typeof value !== "string") return refuse(location, "A color is a string.");
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  return NAMED_COLORS[value.toLowerCase()] ?? refuse(location, `"${value}" is not a color.`);
};

export const bool: Normalize = (value, location) =>
  typeof value === "boolean" ? value : refuse(location, "Expected true or false.");

export const positiveNumber: Normalize = (value, location) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0
    ? value
    : refuse(location, "Expected a number of 0 or more.");

export const text: Normalize = (value, location) =>
  typeof value === "string" ? value : refuse(location, "Expected text.");

export function oneOf(...allowed: string[]): Normalize {
  return (value, location) =>
    typeof value === "string" && allowed.includes(value)
      ? value
      : refuse(location, `Expected one of ${allowed.join(", ")}.`);
}

export const HORIZONTAL_ALIGNMENTS = oneOf(
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
);
export const VERTICAL_ALIGNMENTS = oneOf("Top", "Center", "Bottom", "Justify", "Distributed");
export const UNDERLINES = oneOf("None", "Single", "Double", "SingleAccountant", "DoubleAccountant");
export const BORDER_STYLES = oneOf(
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
);
export const BORDER_WEIGHTS = oneOf("Hairline", "Thin", "Medium", "Thick");
