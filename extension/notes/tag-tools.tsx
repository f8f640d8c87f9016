/** Rename a tag on every note; renaming onto a tag already in use merges the two. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/ui/i18n';

export function TagTools({ tags, onRename }: { tags: string[]; onRename: (from: string, to: string) => Promise<void> }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  if (!tags.length) return null;
  return (
    <details class="tools" data-testid="tag-tools">
      <summary>{t('notes_tagsHeading')}</summary>
      <p class="muted">{t('notes_tagHelp')}</p>
      <div class="row">
        <span class="field"><label for="tag-from">{t('notes_tagFrom')}</label><select id="tag-from" value={from} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
          <option value="">—</option>{tags.map((tag) => <option key={tag} value={tag}>#{tag}</option>)}
        </select></span>
        <span class="field"><label for="tag-to">{t('notes_tagTo')}</label><input id="tag-to" value={to} list="known-tags" onInput={(e) => setTo((e.target as HTMLInputElement).value)} /></span>
        <datalist id="known-tags">{tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
        <button type="button" disabled={!from || !to.trim()} onClick={() => void onRename(from, to).then(() => setTo(''))}>{t('notes_tagRename')}</button>
      </div>
    </details>
  );
}
