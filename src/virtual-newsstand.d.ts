// Types for the manifest module the newsstand plugin generates at build and dev time.
declare module 'virtual:newsstand' {
  import type { Manifest } from './model';
  const manifest: Manifest;
  export default manifest;
}
