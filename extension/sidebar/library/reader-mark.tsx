/** Marks what the reader added: an exchange "added by you", a source "from your reading". */
import './library.css';
import type { Coverage, ExchangeEvent } from '../../../shared/dataset/schema';
import { t } from '../../../shared/ui/i18n';

export const ReaderMark = ({ event }: { event: Pick<ExchangeEvent, 'origin'> }) =>
  event.origin === 'reader' ? <span class="chip reader" data-testid="added-by-you">{t('libraryAddedByYou')}</span> : null;

export const FromYourReading = ({ source }: { source: Pick<Coverage, 'origin'> }) =>
  source.origin === 'reader' ? <span class="chip reader" data-testid="from-your-reading">{t('libraryFromYourReading')}</span> : null;
