import { useEffect, useMemo, useState } from 'react';
import { catalogControllerTree } from '../api/api-client';
import { useSession } from '../session/session';
import { nodesByCode, type VocabularyNode, type VocabularyTree } from './vocabulary-types';

/** The capability vocabulary (public, cached by the browser) and its entries by code, to name stored codes. */
export function useVocabulary(): { tree: VocabularyTree | null; nodes: Map<string, VocabularyNode>; error: unknown } {
  const { run } = useSession();
  const [tree, setTree] = useState<VocabularyTree | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    run(() => catalogControllerTree())
      .then((result) => active && setTree(result))
      .catch((failure: unknown) => active && setError(failure));
    return () => {
      active = false;
    };
  }, [run]);
  const nodes = useMemo(() => (tree ? nodesByCode(tree) : new Map<string, VocabularyNode>()), [tree]);
  return { tree, nodes, error };
}
