/** Loads a page's data on open; the page shows the error instead when the background does not answer. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from './text.ts';

export interface Loaded<T> {
  data?: T;
  error?: string;
  reload: () => Promise<void>;
}

export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const reload = useCallback(
    () => load().then((data) => setState({ data }), (error: unknown) => setState({ error: errorText(error) })),
    [load],
  );
  useEffect(() => void reload(), [reload]);
  return { ...state, reload };
}
