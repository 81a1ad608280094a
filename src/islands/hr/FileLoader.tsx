/** Where HR brings the progress files in: pickers for files and folders, a drop zone, and the reading progress. */
import type { ComponentChildren, Ref } from 'preact';
import type { Translate } from '../../lib/ui-strings';
import { useState } from 'preact/hooks';
import { fromDrop, fromFileList, type NamedFile } from './collect-files';

interface Props {
  hydrated: boolean;
  /** The progress of the files being read (with Cancel). */
  progress: ComponentChildren;
  message: string;
  messageRef: Ref<HTMLParagraphElement>;
  hasFiles: boolean;
  onFiles: (files: NamedFile[]) => void;
  onClear: () => void;
  t: Translate;
}

export default function FileLoader({ hydrated, progress, message, messageRef, hasFiles, onFiles, onClear, t }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <section aria-labelledby="hr-load-heading">
      <h2 id="hr-load-heading">{t('hr.loadHeading')}</h2>
      <div
        class={dragging ? 'hr-drop hr-drop--over' : 'hr-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (event.dataTransfer) void fromDrop(event.dataTransfer).then(onFiles);
        }}
      >
        <p>{t('hr.dropHint')}</p>
        <p class="hr-pickers">
          <label class="button">
            {t('hr.pickFiles')}
            <input
              type="file"
              multiple
              accept=".json,application/json"
              class="hr-file-input"
              disabled={!hydrated}
              onChange={(event) => {
                onFiles(fromFileList(event.currentTarget.files));
                event.currentTarget.value = '';
              }}
            />
          </label>{' '}
          <label class="button">
            {t('hr.pickFolder')}
            <input
              type="file"
              // @ts-expect-error: webkitdirectory is not in Preact's types, but every current browser supports it.
              webkitdirectory
              class="hr-file-input"
              disabled={!hydrated}
              onChange={(event) => {
                onFiles(fromFileList(event.currentTarget.files));
                event.currentTarget.value = '';
              }}
            />
          </label>
        </p>
        <p class="question__hint">{t('hr.privacy')}</p>
      </div>
      {progress}
      <p role="status" class="form-message" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
      {hasFiles && (
        <p>
          <button type="button" class="button button--quiet" onClick={onClear}>
            {t('hr.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
