/** What a page shows until the background's answer arrives, or instead of it. */
export function LoadNotice({ error }: { error?: string }) {
  return error ? (
    <p class="problems" role="alert">
      The extension's background did not answer: {error}
    </p>
  ) : (
    <p class="muted">Loading…</p>
  );
}
