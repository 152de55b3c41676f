// Types for the manifest module the newsstand plugin generates at build and dev time.
declare module 'virtual:newsstand' {
  const manifest: import('./model/index.ts').Manifest;
  export default manifest;
}
