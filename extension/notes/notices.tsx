/**
 * Two notices about keeping notes safe, in plain words with what to do: the browser's
 * storage promise (said once), and a reminder when many notes are in no backup file.
 */
import { formatMoment } from '../../shared/ui/dates';
import { t } from '../../shared/ui/i18n';
import { tCount } from '../../shared/ui/plural';

export function StorageNotice({ onBackup, onDismiss }: { onBackup: () => void; onDismiss: () => void }) {
  return (
    <div class="notice" role="status" data-testid="storage-notice">
      <p>{t('notes_storageRefused')}</p>
      <p class="row">
        <button type="button" class="primary" onClick={onBackup}>{t('notes_backupNow')}</button>
        <button type="button" onClick={onDismiss}>{t('notes_dismiss')}</button>
      </p>
    </div>
  );
}

export function BackupReminder({ unsaved, lastBackupAt, onBackup }: { unsaved: number; lastBackupAt: number | undefined; onBackup: () => void }) {
  return (
    <div class="notice" role="status" data-testid="backup-reminder">
      <p>
        {tCount('notes_backupReminder', unsaved)} {lastBackupAt ? t('notes_lastBackup', formatMoment(lastBackupAt)) : t('notes_neverBackedUp')}
      </p>
      <p class="row">
        <button type="button" class="primary" onClick={onBackup}>{t('notes_backupNow')}</button>
        <span class="muted">{t('notes_backupReminderHelp')}</span>
      </p>
    </div>
  );
}
