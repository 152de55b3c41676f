// The `virtual:newsstand` module: the manifest as a default export.
import type { Manifest } from '../../src/model/index.ts';

export const virtualId = 'virtual:newsstand';
/** The `\0` prefix tells other plugins this module is not a file. */
export const resolvedVirtualId = `\0${virtualId}`;

export function manifestModule(manifest: Manifest): string {
  return `export default ${JSON.stringify(manifest)};\n`;
}
