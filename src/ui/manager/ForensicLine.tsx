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
          {f.checks.map((c) => {
            const m = c.found ? c.matches[0] : undefined;
            return (
              <li key={c.field} class={m ? 'ok' : 'notice'} data-field={c.field} data-found={String(!!m)}>
                {t('frnCheckLine', t(`frnField_${c.field}`), m ? t(`frnFound_${c.field}`, m.url, String(m.status), m.serverIp ?? '?') : t(`frnNotFound_${c.field}`))}
              </li>
            );
          })}
        </ul>
      </dd>
    </>
  );
}
