/** The written report of a summary (docs/narrative.md). */
export { writeNarrative } from "./write-narrative";
export type {
  Narrative,
  NarrativeInput,
  NarrativeParagraph,
  PeriodPlacement,
  WordingExtra,
} from "./narrative-types";
