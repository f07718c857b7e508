import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the address's hash names (#uppdrag-12) into view and focus once the page
 * has rendered it: a link from the overview lands at the row itself, not at the top of a long
 * page. The router does not scroll to a hash by itself.
 */
export function useScrollToHash(rendered: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!rendered || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [rendered, hash]);
}

/** Whether the address's hash names the element of this id: the row a link pointed at. */
export function useIsHashTarget(): (id: string) => boolean {
  const { hash } = useLocation();
  return (id) => hash === `#${id}`;
}
