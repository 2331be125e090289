/**
 * The two languages the product writes figures in. The same union as periods' `Lang`;
 * kept here so the numbers module stands on its own.
 */
export type Lang = "vi" | "en";
