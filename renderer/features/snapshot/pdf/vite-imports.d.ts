// The two Vite import forms the PDF view uses (the renderer compiles without vite/client's types).

/** A file emitted into the build as an asset: its URL. */
declare module '*?url' {
  const url: string;
  // eslint-disable-next-line no-restricted-exports -- the shape of Vite's ?url import
  export default url;
}

interface ImportMeta {
  /** Vite's lazy glob import: one loader per matching file, each its own chunk. */
  glob<T>(pattern: string, options: { query: string; import: 'default' }): Record<string, () => Promise<T>>;
}
