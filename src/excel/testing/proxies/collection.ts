/**
 * The shared shape of office.js collections: `items` readable after a load, where
 * `load("name")` and `load("items/name")` both load the items' names.
 */
import { FakeClientObject, FakeClientResult } from "../client-object";
import type { WorkbookModel } from "../model";
import type { ResponseCollector } from "../request-context";

export abstract class FakeCollection<
  Owner,
  Item extends FakeClientObject<unknown>,
> extends FakeClientObject<Owner> {
  /** Proxies for the collection's members as they are at sync time, already bound. */
  protected abstract members(owner: Owner, workbook: WorkbookModel): Item[];

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): Item[] {
    return this.loaded("items");
  }

  override readPaths(workbook: WorkbookModel, paths: string[][], response: ResponseCollector): void {
    const owner = this.resolve(workbook);
    const all = paths.length === 0 || paths.some((p) => p.length === 1 && p[0] === "items");
    const itemPaths = all ? [] : paths.map((p) => (p[0] === "items" ? p.slice(1) : p));
    const items = this.members(owner, workbook);
    for (const item of items) item.readPaths(workbook, itemPaths, response);
    response.add(this.path, { count: items.length }, () => this.setLoaded("items", items));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({
      kind: "method",
      path: this.path,
      name: "getCount",
      args: [],
      location: "getCount",
      apply: (workbook, response) => {
        const count = this.members(this.resolve(workbook), workbook).length;
        response.add(`${this.path}.getCount()`, { value: count }, () => result.deliver(count));
      },
    });
    return result;
  }
}
