/** Marks what the reader added: an exchange "added by you", a source "from your reading". */
import './library.css';
import type { Coverage, ExchangeEvent } from '../../../shared/dataset/schema';
import { t } from '../../../shared/ui/i18n';

export const ReaderMark = ({ event }: { event: Pick<ExchangeEvent, 'origin'> }) =>
  event.origin === 'reader' ? <span class="chip reader" data-testid="added-by-you">{t('libraryAddedByYou')}</span> : null;

/** `inline`: words in a line of other details (the wording table's), rather than a chip. */
export const FromYourReading = ({ source, inline = false }: { source: Pick<Coverage, 'origin'>; inline?: boolean }) => {
  if (source.origin !== 'reader') return null;
  return inline ? <> · <span class="from-reading" data-testid="from-your-reading">{t('libraryFromYourReading')}</span></> : <span class="chip reader" data-testid="from-your-reading">{t('libraryFromYourReading')}</span>;
};
