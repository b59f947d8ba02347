import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { GraphSlice } from './elements';
import { NeighborhoodQuery } from './network.graphql';

export const NEIGHBORHOOD_LIMIT = 200;

interface Slices {
  slices: GraphSlice[];
  fetching: boolean;
  error?: CombinedError;
}

/** The neighbourhoods of a list of nodes, fetched together (a hook per id is not possible). */
export function useNeighborhoods(ids: readonly string[], retryKey = 0): Slices {
  const client = useClient();
  const key = ids.join('\u0000');
  const [result, setResult] = useState<Slices>({ slices: [], fetching: ids.length > 0 });
  useEffect(() => {
    const list = key ? key.split('\u0000') : [];
    if (list.length === 0) {
      setResult({ slices: [], fetching: false });
      return;
    }
    let cancelled = false;
    setResult((previous) => ({ ...previous, fetching: true }));
    // The effect's clean-up cancels by flag: nothing awaits the queries.
    void Promise.all(
      list.map((id) => client.query(NeighborhoodQuery, { id, depth: 1, limit: NEIGHBORHOOD_LIMIT }).toPromise()),
    ).then((results) => {
      if (cancelled) return;
      const error = results.find((r) => r.error)?.error;
      const slices = results.flatMap((r) => (r.data?.neighborhood ? [r.data.neighborhood] : []));
      setResult({ slices, fetching: false, error });
    });
    return () => {
      cancelled = true;
    };
  }, [client, key, retryKey]);
  return result;
}
