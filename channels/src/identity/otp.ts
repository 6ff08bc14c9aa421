import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A new 6-digit one-time code (uniform, leading zeros kept). @public */
export function newOtp(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

/**
 * The stored form of a code: HMAC-SHA256 keyed by a server secret and bound to the session, so a leaked table
 * row cannot be checked offline without the key, and a code from one session is useless in another.
 * @public
 */
export function hashOtp(secret: Buffer, sessionId: string, code: string): string {
  return createHmac('sha256', secret).update(`${sessionId}:${code}`).digest('hex');
}

/** Constant-time comparison of a typed code with the stored hash. @public */
export function otpMatches(secret: Buffer, sessionId: string, code: string, stored: string): boolean {
  const a = Buffer.from(hashOtp(secret, sessionId, code), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `+34 6•• ••• •01`: enough for the citizen to recognise their phone, not enough to learn it. @public */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${phone.startsWith('+') ? '+' : ''}${digits.slice(0, digits.length > 9 ? digits.length - 9 : 0)} ${digits.slice(-9, -8)}•• ••• •${digits.slice(-2)}`.trim();
}

/** `l•••@example.org`. @public */
export function maskEmail(email: string): string {
  const [user, domain] = email.split('@');
  return `${user.slice(0, 1)}•••@${domain ?? ''}`;
}
