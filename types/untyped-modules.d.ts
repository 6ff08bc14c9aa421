// Types of third-party modules that ship none for the entry Cauce uses, declared once for the workspace
// (every tsconfig takes this file from tsconfig.base.json).
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
      type?: string,
    ): Promise<{ rootElement: any; warnings: Array<{ message: string }>; elementsById: Record<string, any> }>;
    toXML(element: unknown, options?: unknown): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): any;
  }
}
declare module 'feelin' {
  export function evaluate(expression: string, context?: Record<string, unknown>): { value: any; warnings: any[] };
  export function unaryTest(expression: string, context?: Record<string, unknown>): { value: any; warnings: any[] };
}
