/**
 * Parses JSON text and maps every JSON Pointer in it to the line where its value (or, for an object
 * member, its key) starts, so a schema problem at `/steps/ConfirmAddress/agent` can name a line.
 * A syntax error gives the line where parsing stopped.
 * @internal
 */
export function jsonLines(
  text: string,
): { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; line: number; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    // Node 20's messages carry no position: the scanner finds the line where the text stops being JSON.
    const scanner = new Scanner(text, new Map());
    try {
      scanner.document();
    } catch {
      // expected: the scanner stops at the same place JSON.parse did
    }
    return { ok: false, line: scanner.line, message };
  }
  const lines = new Map<string, number>();
  new Scanner(text, lines).document();
  return { ok: true, value, lines };
}

/** The line of a pointer, else of its closest ancestor present, else 1. @internal */
export function lineOfPointer(lines: Map<string, number>, pointer: string): number {
  let at = pointer;
  for (;;) {
    const line = lines.get(at);
    if (line !== undefined) return line;
    if (at === '') return 1;
    at = at.slice(0, at.lastIndexOf('/'));
  }
}

// helpers

/** A small strict JSON scanner that records where each value starts; it throws where the text stops being JSON. */
class Scanner {
  private i = 0;
  line = 1;
  constructor(
    private readonly text: string,
    private readonly lines: Map<string, number>,
  ) {}

  document(): void {
    this.value('');
    this.space();
    if (this.i < this.text.length) this.fail();
  }

  value(pointer: string): void {
    this.space();
    if (!this.lines.has(pointer)) this.lines.set(pointer, this.line);
    const c = this.text[this.i];
    if (c === '{') return this.object(pointer);
    if (c === '[') return this.array(pointer);
    if (c === '"') return void this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.i, this.i + 64),
    );
    if (!literal) this.fail();
    this.i += literal![0].length;
  }

  private fail(): never {
    throw new SyntaxError(`unexpected text at line ${this.line}`);
  }

  private expect(c: string): void {
    this.space();
    if (this.text[this.i] !== c) this.fail();
    this.i++;
  }

  private object(pointer: string): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') return void this.i++;
    for (;;) {
      this.space();
      const keyLine = this.line;
      if (this.text[this.i] !== '"') this.fail();
      const key = this.string();
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      this.lines.set(child, keyLine);
      this.expect(':');
      this.value(child);
      this.space();
      if (this.text[this.i] === '}') return void this.i++;
      this.expect(',');
    }
  }

  private array(pointer: string): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') return void this.i++;
    for (let index = 0; ;) {
      this.value(`${pointer}/${index++}`);
      this.space();
      if (this.text[this.i] === ']') return void this.i++;
      this.expect(',');
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length && this.text[this.i] !== '"') {
      if (this.text[this.i] === '\n') this.fail();
      this.i += this.text[this.i] === '\\' ? 2 : 1;
    }
    if (this.i >= this.text.length) this.fail();
    this.i++;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  private space(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) {
      if (this.text[this.i] === '\n') this.line++;
      this.i++;
    }
  }
}
