/** The part of yazl (zip writer, already a dev dependency for `npm run package`) the Firefox profile helper uses. */
declare module 'yazl' {
  import type { Readable } from 'node:stream';
  export class ZipFile {
    addFile(realPath: string, metadataPath: string): void;
    end(): void;
    outputStream: Readable;
  }
  const yazl: { ZipFile: typeof ZipFile };
  export default yazl;
}
