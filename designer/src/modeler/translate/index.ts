import { createTranslate, type PanelLanguage } from './createTranslate';

/**
 * `translate`: replaces bpmn-js's translate service, so the palette, the context pad and the properties panel
 * speak the designer's language (`config.cauce.language`).
 * @public
 */
export default {
  translate: ['factory', translateFactory],
};

// helpers

function translateFactory(config?: { language?: PanelLanguage }) {
  return createTranslate(config?.language ?? 'es');
}
translateFactory.$inject = ['config.cauce'];
