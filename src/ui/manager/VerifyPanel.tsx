export function VerifyPanel() {
  return null;
}
