import type { CaseView } from '../../messaging/protocol';
export function CaseTools(_: { view: CaseView; onSaved: () => void }) {
  return null;
}
