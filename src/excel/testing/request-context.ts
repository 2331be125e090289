/**
 * The fake RequestContext: the queue of pending actions and the sync that sends them.
 *
 * A sync is one round trip when the queue holds something (office.js sends nothing for an
 * empty queue). It serialises the queue to JSON to measure the request, refuses one over
 * 5 MB on the web, then applies the actions in order. When an action fails, Excel has
 * already applied the ones before it and runs none after it: Microsoft's OfficeExtension.Error
 * trace example ("The second batch successfully inserts the third and fourth paragraphs but
 * fails in the call to insert the fifth ... All other commands after the failed command in
 * the batch are not executed"). The fake does the same: no rollback, and no loaded value is
 * delivered from a failed batch. A planned fault fails the round trip before anything applies.
 */
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import type { WorkbookModel } from "./model";
import type { FakeApplication } from "./proxies/application";
import { FakeRuntime } from "./proxies/application";
import { FakeWorkbook } from "./proxies/workbook";
import type { FakeSession } from "./session";
import { PAYLOAD_LIMIT_BYTES } from "./session";

export interface QueuedAction {
  kind: "set" | "method" | "load" | "instantiate" | "trace";
  path: string;
  name: string;
  args: unknown;
  location: string;
  apply(workbook: WorkbookModel, response: ResponseCollector): void;
}

/** Gathers what a round trip returns, delivered to the proxies only if the whole batch succeeds. */
export class ResponseCollector {
  private readonly entries: Array<{
    path: string;
    data: Record<string, unknown>;
    commit: (delivered: Record<string, unknown>) => void;
  }> = [];

  add(
    path: string,
    data: Record<string, unknown>,
    commit: (delivered: Record<string, unknown>) => void,
  ): void {
    this.entries.push({ path, data, commit });
  }

  /** Serialises the response (as Excel would send it) and returns its size and the deliveries. */
  seal(): { bytes: number; deliver: () => void } {
    const json = JSON.stringify(this.entries.map((e) => ({ path: e.path, data: e.data })));
    const parsed = JSON.parse(json) as Array<{ data: Record<string, unknown> }>;
    return {
      bytes: utf8Length(json),
      deliver: () => this.entries.forEach((entry, i) => entry.commit(parsed[i]?.data ?? {})),
    };
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  /** Tracking changes nothing in the fake: objects stay usable for the whole run. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private pending: QueuedAction[] = [];

  constructor(
    readonly session: FakeSession,
    readonly runOptions: { delayForCellEdit: boolean },
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }

  enqueue(action: QueuedAction): void {
    this.pending.push(action);
  }

  get hasPendingActions(): boolean {
    return this.pending.length > 0;
  }

  load<O extends { load(argument?: unknown): O }>(object: O, argument?: unknown): O {
    return object.load(argument);
  }

  /** context.trace: a marker whose text comes back in error.traceMessages if it ran. */
  trace(message: string): void {
    this.enqueue({
      kind: "trace",
      path: "",
      name: "trace",
      args: message,
      location: "trace",
      apply: () => undefined,
    });
  }

  async sync<P>(passThroughValue?: P): Promise<P> {
    // Settle asynchronously, as a real round trip does.
    await Promise.resolve();
    const actions = this.pending;
    this.pending = [];
    if (actions.length === 0) return passThroughValue as P;

    const request = JSON.stringify(
      actions.map((a) => ({ kind: a.kind, path: a.path, name: a.name, args: a.args })),
    );
    const { index, fault } = this.session.beginRoundTrip(utf8Length(request));
    const fail = (error: FakeExcelError): never => {
      this.session.endRoundTrip(index, { error: error.code });
      throw error;
    };
    if (fault) fail(fault);
    if (this.session.platform === "web" && utf8Length(request) > PAYLOAD_LIMIT_BYTES) {
      fail(new FakeExcelError(FakeErrorCode.requestPayloadSizeLimitExceeded, "RequestContext.sync"));
    }
    if (this.session.cellEditMode && !this.runOptions.delayForCellEdit) {
      fail(new FakeExcelError(FakeErrorCode.invalidOperationInCellEditMode, "RequestContext.sync"));
    }

    const response = new ResponseCollector();
    const traces: string[] = [];
    for (const action of actions) {
      try {
        action.apply(this.session.workbook, response);
        if (action.kind === "trace") traces.push(String(action.args));
      } catch (caught) {
        if (!(caught instanceof FakeExcelError)) throw caught;
        fail(
          new FakeExcelError(
            caught.code,
            caught.debugInfo.errorLocation ?? action.location,
            caught.message,
            traces,
          ),
        );
      }
    }
    const sealed = response.seal();
    if (this.session.platform === "web" && sealed.bytes > PAYLOAD_LIMIT_BYTES) {
      fail(new FakeExcelError(FakeErrorCode.responsePayloadSizeLimitExceeded, "RequestContext.sync"));
    }
    this.session.endRoundTrip(index, { responseBytes: sealed.bytes });
    sealed.deliver();
    return passThroughValue as P;
  }
}
