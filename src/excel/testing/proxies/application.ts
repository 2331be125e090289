/** Excel.Application and Excel.Runtime: the calculation and event switches the host flips. */
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { WorkbookModel } from "../model";
import type { FakeRequestContext } from "../request-context";

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "Application");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected scalarNames(): readonly string[] {
    return ["calculationMode"];
  }

  protected readScalar(): unknown {
    return "Automatic";
  }

  get calculationMode(): string {
    return this.loaded("calculationMode");
  }

  /** Recorded on the workbook so a test can see the host asked for it (ExcelApi 1.6). */
  suspendApiCalculationUntilNextSync(): void {
    this.context.session.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.queueMethod("suspendApiCalculationUntilNextSync", [], (workbook) => {
      workbook.calculationSuspensions++;
    });
  }

  /** The fake computes formulas when they are read, so a recalculation changes nothing. */
  calculate(calculationType: string): void {
    this.queueMethod("calculate", [calculationType], () => undefined);
  }
}

/** Runtime.enableEvents (ExcelApi 1.8): kept per workbook, as Excel keeps it per add-in. */
export class FakeRuntime extends FakeClientObject<WorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, "runtime", "Runtime");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected scalarNames(): readonly string[] {
    return ["enableEvents"];
  }

  protected readScalar(target: WorkbookModel): unknown {
    return target.enableEvents;
  }

  protected override writeScalar(target: WorkbookModel, name: string, value: unknown): void {
    if (typeof value !== "boolean")
      throw new FakeExcelError(FakeErrorCode.invalidArgument, `Runtime.${name}`);
    target.enableEvents = value;
  }

  get enableEvents(): boolean {
    this.context.session.requireApi("1.8", "Runtime.enableEvents");
    return this.loaded("enableEvents");
  }

  set enableEvents(value: boolean) {
    this.context.session.requireApi("1.8", "Runtime.enableEvents");
    this.queueSet("enableEvents", value);
  }
}
