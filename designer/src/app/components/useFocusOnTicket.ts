import { useEffect, useRef } from 'react';
import { useDesigner, useStore } from '../store/useStore';

/**
 * A ref for a screen's heading that takes focus each time the route changes (a single-page app otherwise leaves
 * keyboard and screen-reader users where the old screen was).
 */
export function useFocusOnTicket<E extends HTMLElement>() {
  const { navigation } = useDesigner();
  const ticket = useStore(navigation, (s) => s.ticket);
  const ref = useRef<E>(null);
  useEffect(() => {
    if (ticket > 0) ref.current?.focus();
  }, [ticket]);
  return ref;
}
