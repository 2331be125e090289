/** The two languages the product speaks and writes figures in; the one definition the core uses. */
export type Lang = "vi" | "en";
