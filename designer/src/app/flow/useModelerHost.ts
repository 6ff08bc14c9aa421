import { useEffect, useState } from 'react';
import type { ModelerHost, ModelerHostOptions } from './ModelerHost';

/**
 * The ModelerHost of an open draft: loaded lazily (bpmn-js and the panel are a separate chunk, so the catalogue
 * opens without them), created in an effect and destroyed in its cleanup — StrictMode's double effect creates,
 * destroys and creates again, and a host whose chunk arrives after its cleanup is destroyed at once. Pass options
 * that change only when another draft is opened (memoise them).
 * @public
 */
export function useModelerHost(options: ModelerHostOptions | undefined): ModelerHost | undefined {
  const [host, setHost] = useState<ModelerHost>();
  useEffect(() => {
    if (!options) return;
    let live = true;
    let created: ModelerHost | undefined;
    void import('./ModelerHost').then(({ ModelerHost }) => {
      if (!live) return;
      created = new ModelerHost(options);
      setHost(created);
    });
    return () => {
      live = false;
      void created?.destroy();
      setHost(undefined);
    };
  }, [options]);
  return host;
}
