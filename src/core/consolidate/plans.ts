/**
 * Plans (kế hoạch, dự toán) are set by the consolidating office, not typed by units. A
 * plan table holds them apart from the reports, so a summary can be computed against the
 * office's figures even when a unit's sheet carries stale plan cells.
 */

/** The two plan columns of one indicator; an absent column means no plan was assigned. */
export interface PlanFigures {
  plan?: number;
  plan2?: number;
}

export interface PlanTable {
  /** Per unit and indicator, the plans the office assigned to that unit. */
  units: Record<string, Record<string, PlanFigures>>;
  /** The consolidating level's own plans (the district's target), which win over the sum of unit plans. */
  level: Record<string, PlanFigures>;
}
