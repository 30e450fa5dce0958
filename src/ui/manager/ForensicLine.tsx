// On an exhibit card: whether it was a forensic capture (« rechargement contrôlé ») and, field by field, whether the
// review as shown was found in the server's responses (the full detail is in the report's « Provenance » section).
import type { Exhibit } from '../../shared/types';
import { t } from '../shared/i18n';

export function ForensicLine({ exhibit }: { exhibit: Exhibit }) {
  const f = exhibit.forensic;
  if (!f) return null;
  return (
    <>
      <dt>{t('frnExhibitLabel')}</dt>
      <dd class="forensic">
        <ul class="forensic-checks">
          {f.checks.map((c) => (
            <li key={c.field} class={c.found ? 'ok' : 'notice'} data-field={c.field} data-found={String(c.found)}>
              {t('frnCheckLine', t(`frnField_${c.field}`), c.found ? t(`frnFound_${c.field}`, c.matches[0].url, String(c.matches[0].status), c.matches[0].serverIp ?? '?') : t(`frnNotFound_${c.field}`))}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
