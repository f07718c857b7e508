import { useCallback, useContext, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ViewDefaultsContext } from './ViewDefaultsContext';
import { readViewParams, writeViewParams } from './view-params';
import type { ViewParams } from './view-params';

export function useViewParams(): ViewParams & { setViewParams: (params: Partial<ViewParams>) => void } {
  const defaults = useContext(ViewDefaultsContext);
  if (!defaults) throw new Error('useViewParams needs the ViewDefaultsContext of the app shell');
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readViewParams(search, defaults), [search, defaults]);
  const setViewParams = useCallback(
    (changes: Partial<ViewParams>) => setSearch((current) => writeViewParams(current, changes)),
    [setSearch],
  );
  return { ...params, setViewParams };
}
