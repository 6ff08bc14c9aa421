import type { Language } from '../src/contract';
import { translator } from '../src/i18n';
import type { Shell } from '../src/pages/Layout';

/** A page shell for renderer tests. @internal */
export function testShell(language: Language = 'es', here = '/tramites/solicitud/s1'): Shell {
  return {
    language,
    t: translator(language),
    base: '/tramites',
    assets: {
      css: '/tramites/assets/style.x.css',
      js: '/tramites/assets/enhance.x.js',
      icon: '/tramites/assets/icon.x.svg',
    },
    csrf: 'token-1',
    here,
  };
}
