/** The route held in the page's hash: read on load and on every hashchange (Back, Forward, a pasted link). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatRoute, parseRoute, type Route } from '../../shared/ui/explorer-route';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback<Navigate>((next, options = {}) => {
    const hash = formatRoute(next);
    if (hash === location.hash) return setRoute(parseRoute(hash));
    // Tweaking a filter or typing a query replaces the entry, so Back leaves the view instead of undoing keystrokes.
    if (options.replace) {
      history.replaceState(history.state, '', hash);
      setRoute(parseRoute(hash));
    } else {
      location.hash = hash;
    }
  }, []);
  return [route, navigate];
}
