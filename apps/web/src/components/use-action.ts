import { useCallback, useState } from 'react';

export interface Action {
  /** True while the action runs: for the button's loading state. */
  readonly busy: boolean;
  /** What the last run threw, until the next run starts; for <ErrorAlert> and fieldError(). */
  readonly error: unknown;
  /** Runs the action, clearing the last error first; resolves false when it threw. */
  readonly perform: (action: () => Promise<void>) => Promise<boolean>;
  /** To clear the error when the user edits what caused it. */
  readonly setError: (error: unknown) => void;
}

/** The busy flag and the error of one user action (submit a form, resend an e-mail), kept in one place. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const perform = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, perform, setError };
}
