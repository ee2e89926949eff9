// `import url from './module?chunk-url'` (scripts/lazy-chunk-url.mjs): the module's built address, for import(url).
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
