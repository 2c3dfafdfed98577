// shared/ runs in both Node and the browser and compiles with neither's types. These are the few web-standard
// globals both runtimes provide that shared/ code uses; declared here so nothing else from DOM or Node leaks in.
interface URLSearchParams {
  append(name: string, value: string): void;
  entries(): IterableIterator<[string, string]>;
}
declare class URL {
  constructor(url: string, base?: string);
  hash: string;
  host: string;
  hostname: string;
  pathname: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}
