// Minimal types for the parts of citation-js 0.8 that Casebook uses (the packages ship no types).
declare module '@citation-js/core' {
  interface InputOptions {
    forceType?: string;
    generateGraph?: boolean;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  interface CslPluginConfig {
    styles: Register<string>;
    locales: Register<string>;
  }
  export const plugins: {
    input: {
      chain(input: unknown, options?: InputOptions): unknown[];
    };
    output: {
      format(name: string, data: readonly object[], options?: Record<string, unknown>): unknown;
    };
    config: {
      get(name: '@csl'): CslPluginConfig;
      get(name: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
