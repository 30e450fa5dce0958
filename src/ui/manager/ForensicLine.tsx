// On an exhibit card: whether it was a forensic capture (« rechargement contrôlé ») and, field by field, whether the
// review as shown was found in the server's responses (the full detail is in the report's « Provenance » section).
import type { Exhibit } from '../../shared/types';
import { t } from '../shared/i18n';

export function ForensicLine({ exhibit }: { exhibit: Exhibit }) {
  const f = exhibit.forensic;
  if (exhibit.asShown)
    // Both asked: this one is the page « tel qu'affiché », the next exhibit the controlled reload that compares them.
    return (
      <>
        <dt>{t('frn_asShownLabel')}</dt>
        <dd class="forensic frn-as-shown">{t('frn_asShownCard')}</dd>
      </>
    );
  if (!f) return null;
  const a = f.asShown;
  const shownText = a?.checks.find((c) => c.field === 'text');
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
          {a && (
            <li class={a.differences.length ? 'notice frn-compared' : 'frn-compared'} data-differs={a.differences.map((d) => d.field).join(',')}>
              {a.differences.length
                ? t('frn_comparedDiffers', String(a.sequence), a.differences.map((d) => t(`frn_compared_${d.field}`)).join(', '))
                : t('frn_comparedSame', String(a.sequence))}
              {shownText && !shownText.found && ` ${t('frn_shownTextMissing')}`}
            </li>
          )}
        </ul>
      </dd>
    </>
  );
}
