/**
 * A proxy whose properties are plain values of some part of the workbook model, declared as
 * a table (name -> read, write) instead of a class per office.js object: the chart's title,
 * legend, axes and series, the table, the page layout. Reads, writes and loads follow the
 * same ClientObject rules as every other proxy (queued, PropertyNotLoaded before a sync).
 */
import { FakeClientObject } from "../client-object";
import type { WorkbookModel } from "../model";
import type { FakeRequestContext } from "../request-context";

export interface BagProperty<T> {
  read(target: T, workbook: WorkbookModel): unknown;
  /** Absent for a read-only property (writing it fails with InvalidArgument, as Excel does). */
  write?(target: T, value: unknown, workbook: WorkbookModel): void;
  /** The ExcelApi set the property needs; office.js refuses it synchronously below that. */
  api?: string;
}

export class FakePropertyBag<T> extends FakeClientObject<T> {
  private readonly children = new Map<string, FakeClientObject<unknown>>();

  constructor(
    context: FakeRequestContext,
    path: string,
    entity: string,
    private readonly finder: (workbook: WorkbookModel) => T | null,
    private readonly properties: Record<string, BagProperty<T>>,
    nullable = false,
  ) {
    super(context, path, entity, nullable);
    for (const name of Object.keys(properties)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: (): unknown => this.loaded<unknown>(name),
        set: (value: unknown) => {
          const api = this.properties[name]?.api;
          if (api) this.context.session.requireApi(api, `${entity}.${name}`);
          this.queueSet(name, value);
        },
      });
    }
  }

  /** Adds a child object reachable as a property and by load paths ("title/text"). */
  child<C extends FakeClientObject<unknown>>(name: string, proxy: C): C {
    this.children.set(name, proxy);
    Object.defineProperty(this, name, { enumerable: false, value: proxy });
    return proxy;
  }

  /** Queues a method on the bound object (public, for the owner's methods). */
  method(name: string, args: unknown[], apply: (target: T, workbook: WorkbookModel) => void): void {
    this.queueMethod(name, args, apply);
  }

  protected locate(workbook: WorkbookModel): T | null {
    return this.finder(workbook);
  }

  protected scalarNames(): readonly string[] {
    return Object.keys(this.properties);
  }

  protected readScalar(target: T, name: string, workbook: WorkbookModel): unknown {
    return this.properties[name]!.read(target, workbook);
  }

  protected override writeScalar(target: T, name: string, value: unknown, workbook: WorkbookModel): void {
    const property = this.properties[name];
    if (property?.write) property.write(target, value, workbook);
    else super.writeScalar(target, name, value, workbook);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return this.children.get(name);
  }
}
