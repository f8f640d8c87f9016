/**
 * The short form for an exchange the reader adds or edits: dates, who to whom, what and why,
 * their own summary, and for a new one the article as its first source with the phrases it
 * quotes. What the reader typed stays in the form when saving fails.
 */
import { useState } from 'preact/hooks';
import './library.css';
import { SPEAKERS, type Phrase } from '../../../shared/dataset/schema';
import { kindLabel, occasionLabel, t } from '../../../shared/ui/i18n';
import { CHOICES, type FormValues, type SourceValues } from './form-values';

interface Props {
  heading: string;
  initial: FormValues;
  /** Saves; resolves to an error message to show, or null when saved. */
  onSave: (values: FormValues) => Promise<string | null>;
  onCancel: () => void;
}

const labelKey = (prefix: string, value: string) => `${prefix}${value.replace(/-/g, '_')}`;

export function ExchangeForm({ heading, initial, onSave, onCancel }: Props) {
  const [v, setV] = useState<FormValues>(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FormValues>) => setV((old) => ({ ...old, ...patch }));
  const setSource = (patch: Partial<SourceValues>) => setV((old) => (old.source ? { ...old, source: { ...old.source, ...patch } } : old));
  const setPhrase = (i: number, patch: Partial<Phrase>) => setSource({ phrases: v.source!.phrases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const value = (e: Event) => (e.target as HTMLInputElement).value;

  const save = async (e: Event) => {
    e.preventDefault();
    if (!v.summary.trim()) {
      setError(t('librarySummaryMissing'));
      document.getElementById('lib-summary')?.focus();
      return;
    }
    setBusy(true);
    const problem = await onSave(v);
    setBusy(false);
    setError(problem ?? '');
  };

  return (
    <form class="library-form" onSubmit={(e) => void save(e)} aria-labelledby="library-form-heading" data-testid="exchange-form">
      <h3 id="library-form-heading">{heading}</h3>
      {!v.id && <p class="small muted">{t('libraryFormHelp')}</p>}
      {error && <p class="error" role="alert" data-testid="library-form-error">{error}</p>}
      <div class="pair">
        <label>{t('libraryReportDate')}<input id="lib-date" type="date" required value={v.date} onInput={(e) => set({ date: value(e) })} /></label>
        <label>{t('librarySentDate')}<input id="lib-sent" type="date" value={v.sentDate} onInput={(e) => set({ sentDate: value(e) })} /></label>
      </div>
      <label>{t('libraryDirection')}
        <select id="lib-direction" value={v.direction} onChange={(e) => set({ direction: value(e) as FormValues['direction'] })}>
          {CHOICES.directions.map((d) => <option value={d} key={d}>{t(labelKey('libraryDirection_', d))}</option>)}
        </select>
      </label>
      <div class="pair">
        <label>{t('libraryKind')}
          <select id="lib-kind" value={v.kind} onChange={(e) => set({ kind: value(e) as FormValues['kind'] })}>
            {CHOICES.kinds.map((k) => <option value={k} key={k}>{kindLabel(k)}</option>)}
          </select>
        </label>
        <label>{t('libraryOccasion')}
          <select id="lib-occasion" value={v.occasion} onChange={(e) => set({ occasion: value(e) as FormValues['occasion'] })}>
            {CHOICES.occasions.map((o) => <option value={o} key={o}>{occasionLabel(o)}</option>)}
          </select>
        </label>
      </div>
      <label>{t('libraryAnniversary')}<input id="lib-anniversary" type="number" min="1" max="999" inputMode="numeric" value={v.anniversary} onInput={(e) => set({ anniversary: value(e) })} /></label>
      <label>{t('libraryTitle')}<input id="lib-title" value={v.title} onInput={(e) => set({ title: value(e) })} /></label>
      <label>{t('librarySummary')}
        <textarea id="lib-summary" rows={3} aria-describedby="lib-summary-help" value={v.summary} onInput={(e) => set({ summary: value(e) })} />
      </label>
      <p id="lib-summary-help" class="small muted">{t('librarySummaryHelp')}</p>
      {v.source && (
        <fieldset class="library-source" data-testid="form-source">
          <legend>{t('librarySource')}</legend>
          <label>{t('libraryOutlet')}<input id="lib-outlet" value={v.source.outlet} onInput={(e) => setSource({ outlet: value(e) })} /></label>
          <label>{t('libraryHeadline')}<input id="lib-headline" value={v.source.headline} onInput={(e) => setSource({ headline: value(e) })} /></label>
          <div class="pair">
            <label>{t('libraryArticleDate')}<input id="lib-article-date" type="date" value={v.source.date} onInput={(e) => setSource({ date: value(e) })} /></label>
            <label>{t('libraryLanguage')}
              <select id="lib-language" value={v.source.language} onChange={(e) => setSource({ language: value(e) as SourceValues['language'] })}>
                {CHOICES.languages.map((l) => <option value={l} key={l}>{t(`libraryLanguage_${l}`)}</option>)}
              </select>
            </label>
          </div>
          <label>{t('libraryUrl')}<input id="lib-url" type="url" value={v.source.url} onInput={(e) => setSource({ url: value(e) })} /></label>
          <p class="small">{t('libraryPhrases')}</p>
          {v.source.phrases.length === 0 && <p class="small muted">{t('libraryPhrasesNone')}</p>}
          <ol class="plain library-phrases" data-testid="form-phrases">
            {v.source.phrases.map((p, i) => (
              <li key={i}>
                <input id={`lib-phrase-${i}`} aria-label={t('libraryPhraseText', i + 1)} lang={v.source!.language} value={p.text} onInput={(e) => setPhrase(i, { text: value(e) })} />
                <span class="row small">
                  <label for={`lib-speaker-${i}`}>{t('librarySpeaker')}</label>
                  <select id={`lib-speaker-${i}`} value={p.speaker} onChange={(e) => setPhrase(i, { speaker: value(e) as Phrase['speaker'] })}>
                    {SPEAKERS.map((s) => <option value={s} key={s}>{t(`speaker_${s}`)}</option>)}
                  </select>
                  <button type="button" aria-label={t('libraryRemovePhrase', i + 1)} onClick={() => setSource({ phrases: v.source!.phrases.filter((_, j) => j !== i) })}>×</button>
                </span>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>{t('librarySaveExchange')}</button>
        <button type="button" onClick={onCancel}>{t('libraryCancel')}</button>
      </div>
    </form>
  );
}
