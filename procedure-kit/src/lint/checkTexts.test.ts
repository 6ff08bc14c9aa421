import { describe, expect, it } from 'vitest';
import { validatePackage } from './validatePackage';

const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cauce="http://cauce.dev/schema/bpmn/1.0" id="D" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="S" />
    <bpmn:userTask id="Ask" cauce:form="forms/Ask.schema.json" />
    <bpmn:endEvent id="E" />
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Ask" />
    <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;
const form = {
  type: 'object',
  properties: { answer: { type: 'string' }, address: { type: 'object', properties: { street: { type: 'string' } } } },
};
const texts = (language: string, extra: object = {}) =>
  JSON.stringify(
    {
      language,
      common: language === 'es' ? { intro: 'Hola', help: 'Ayuda' } : { intro: 'x' },
      steps: {
        Ask: {
          agent: {
            title: 'T',
            text: 'x',
            fields: { answer: { label: 'A' }, 'address.street': { label: 'S' }, ghost: { label: 'G' } },
          },
        },
        ...extra,
      },
    },
    null,
    2,
  );

describe('validatePackage: texts across files', () => {
  it('reports a language that is not the file name, labels of unknown fields, texts of unknown steps and missing common texts', async () => {
    // given
    const files = new Map([
      ['process.bpmn', bpmn],
      ['forms/Ask.schema.json', JSON.stringify(form)],
      ['texts/es.json', texts('es', { Gone: { agent: { title: 'T', text: 'x' } } })],
      ['texts/ca.json', texts('gl')],
      ['texts/fr.json', texts('es')],
    ]);
    // when
    const { findings } = await validatePackage({ dir: '/x', files });
    const texts_ = findings.filter((f) => f.rule === 'package/texts');
    // then
    expect(texts_.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`).sort()).toEqual([
      "texts/ca.json:18 error a text for field 'ghost', which the step's form does not have",
      "texts/ca.json:2 error language 'gl' does not match the file name (ca)",
      "texts/ca.json:3 error common text 'help' of texts/es.json is missing",
      "texts/es.json:19 error a text for field 'ghost', which the step's form does not have",
      "texts/es.json:25 warn texts for step 'Gone', but no user task has that id or cauce:textKey",
      'texts/fr.json:1 error texts files are named after a language: texts/es.json, texts/ca.json, texts/eu.json, texts/gl.json, texts/en.json',
    ]);
  });
});
