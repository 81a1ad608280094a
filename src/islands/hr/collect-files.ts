/**
 * Getting progress files into the page: from a file picker, a folder picker or
 * a drop (files or whole folders), then reading them in batches so that 500
 * files never freeze the page. Nothing is uploaded: File objects are read here.
 */
import { MAX_FILE_BYTES, readProgressFile } from '../../lib/progress/file';
import type { LoadedFile } from '../../lib/hr/cohort';

export interface NamedFile {
  /** The path inside a picked or dropped folder, else the file name. */
  readonly name: string;
  readonly file: File;
}

/** Hidden files (".DS_Store") that folders carry are not progress files and are not listed. */
const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

export function fromFileList(list: FileList | null): NamedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file })).filter((entry) => !isHidden(entry.name));
}

async function entryFiles(entry: FileSystemEntry): Promise<NamedFile[]> {
  if (entry.isFile) {
    return new Promise((resolve) => (entry as FileSystemFileEntry).file((file) => resolve([{ name: entry.fullPath.replace(/^\//, ''), file }]), () => resolve([])));
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries at a time: read until it returns none.
  const readAll = async (found: FileSystemEntry[] = []): Promise<FileSystemEntry[]> => {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    return batch.length ? readAll([...found, ...batch]) : found;
  };
  const children = await readAll();
  return (await Promise.all(children.map(entryFiles))).flat();
}

/** Files and folders dropped on the page. */
export async function fromDrop(transfer: DataTransfer): Promise<NamedFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  const found = entries.length ? (await Promise.all(entries.map(entryFiles))).flat() : fromFileList(transfer.files);
  return found.filter((entry) => !isHidden(entry.name));
}

const BATCH = 25;

/**
 * Reads and validates every file, a batch at a time, yielding to the browser
 * between batches so the progress bar moves and the page stays responsive.
 * A file over the size limit is refused before it is read.
 */
export async function readFiles(files: readonly NamedFile[], course: string, onProgress: (done: number) => void): Promise<LoadedFile[]> {
  const loaded: LoadedFile[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const results = await Promise.all(
      batch.map(async ({ name, file }): Promise<LoadedFile> => {
        if (file.size > MAX_FILE_BYTES) return { name, result: readProgressFile('', course, file.size) };
        try {
          return { name, result: readProgressFile(await file.text(), course, file.size) };
        } catch (error) {
          // The file vanished or cannot be read (permissions): say so and go on.
          return { name, result: { ok: false, problem: 'not-json', detail: (error as Error).message } };
        }
      }),
    );
    loaded.push(...results);
    onProgress(loaded.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return loaded;
}
