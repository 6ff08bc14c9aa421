/**
 * The messages a simulated gateway "sent", in memory and in send order.
 * Nothing ever leaves the process.
 * @internal
 */
export class Outbox<M extends { to: string }> {
  private readonly messages: M[] = [];

  add(message: M): M {
    this.messages.push(message);
    return message;
  }

  /** Every message, or those to one recipient, oldest first. */
  list(to?: string): M[] {
    return to === undefined ? [...this.messages] : this.messages.filter((m) => m.to === to);
  }

  /** The last message sent to `to`, if any. */
  latestFor(to: string): M | undefined {
    return this.messages.findLast((m) => m.to === to);
  }

  clear(): void {
    this.messages.length = 0;
  }
}
