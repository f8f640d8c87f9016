/** A note on an exchange without an article: on the whole exchange, one of its sources, or one phrase. */
import { useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { parseTagList, type NoteInput, type NoteTarget } from '../../shared/storage/notes-schema';
import { t } from '../../shared/ui/i18n';

interface Props {
  event: ExchangeEvent;
  onSave: (input: NoteInput) => Promise<boolean>;
}

const encode = (target: NoteTarget | undefined) => (target ? JSON.stringify(target) : '');

export function ExchangeNoteForm({ event, onSave }: Props) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [about, setAbout] = useState('');
  const base = `new-${event.id}`;
  const sources = [...event.readouts.map((r) => ({ url: r.url, label: `${r.agency}: ${r.title}` })), ...event.coverage.map((c) => ({ url: c.url, label: `${c.outlet}: ${c.headline}` }))].filter((s): s is { url: string; label: string } => Boolean(s.url));
  const phrases = [...new Set([...event.readouts, ...event.coverage].flatMap((s) => s.phrases.map((p) => p.text)))].slice(0, 60);
  const save = async () => {
    if (!text.trim()) return;
    const target = about ? (JSON.parse(about) as NoteTarget) : undefined;
    const input: NoteInput = { eventId: event.id, text: text.trim(), tags: parseTagList(tags), ...(target ? { target } : {}) };
    if (await onSave(input)) {
      setText('');
      setTags('');
      setAbout('');
    }
  };
  return (
    <div class="note-form" data-testid="exchange-note-form">
      <h4 id={`${base}-h`}>{t('notes_addExchangeNote')}</h4>
      <label>{t('notes_about')}
        <select value={about} onChange={(e) => setAbout((e.target as HTMLSelectElement).value)}>
          <option value="">{t('notes_aboutWhole')}</option>
          {sources.length > 0 && <optgroup label={t('notes_sources')}>{sources.map((s) => <option key={s.url} value={encode({ kind: 'source', url: s.url })}>{s.label}</option>)}</optgroup>}
          {phrases.length > 0 && <optgroup label={t('notes_phrases')}>{phrases.map((p) => <option key={p} value={encode({ kind: 'phrase', text: p })}>“{p}”</option>)}</optgroup>}
        </select>
      </label>
      <label>{t('notes_editText')}<textarea rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} /></label>
      <label>{t('notes_editTags')}<input value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} placeholder="#wording" /></label>
      <div class="row"><button type="button" class="primary" onClick={() => void save()}>{t('saveNote')}</button></div>
    </div>
  );
}
