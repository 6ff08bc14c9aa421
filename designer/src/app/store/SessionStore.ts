import { LANGUAGES } from '@cauce/schemas/browser';
import type { DesignerClient } from '../api/DesignerClient';
import type { Language, StaffUser } from '../api/types';
import { accessOf, type Access } from './access';
import type { KeyValue } from './KeyValue';
import type { NoticeStore } from './NoticeStore';
import { Store } from './Store';

/** Who is signed in, and the UI language. */
export interface SessionState {
  language: Language;
  user?: StaffUser;
  /** what the signed-in user may do: `read` for supervisors (everything shown read-only) */
  access: Access;
  busy: boolean;
  /** the last sign-in was a valid account without access to the designer (an agent): say so */
  refused?: StaffUser;
}

const LOGIN_KEY = 'cauce.designer.login';
const LANGUAGE_KEY = 'cauce.designer.language';

/**
 * Signing in and out, the role's access and the UI language. Sign-in goes through the channels' staff login
 * (`POST /api/auth/login`); an account without access (agents, citizens) is told so and not kept — the designer's
 * API refuses it anyway. The login survives a reload (session storage); the language is kept in local storage.
 * @public
 */
export class SessionStore extends Store<SessionState> {
  constructor(
    private readonly api: Pick<DesignerClient, 'login' | 'token' | 'language'>,
    private readonly notices: NoticeStore,
    private readonly keepLogin: KeyValue,
    private readonly keepLanguage: KeyValue,
    fallbackLanguage: Language = 'es',
  ) {
    const kept = keepLanguage.getItem(LANGUAGE_KEY);
    const language = (LANGUAGES as readonly string[]).includes(kept ?? '') ? (kept as Language) : fallbackLanguage;
    super({ language, access: 'none', busy: false });
    api.language = language;
  }

  /** Picks up a login kept from before a reload; true when there was one. */
  restore(): boolean {
    const kept = this.keepLogin.getItem(LOGIN_KEY);
    if (!kept) return false;
    try {
      const { token, user } = JSON.parse(kept) as { token: string; user: StaffUser };
      if (accessOf(user.role) === 'none') throw new Error('no access');
      this.api.token = token;
      this.set({ user, access: accessOf(user.role) });
      return true;
    } catch {
      this.keepLogin.removeItem(LOGIN_KEY);
      return false;
    }
  }

  /** Signs in; true when the user may use the designer. */
  async signIn(user: string, password: string): Promise<boolean> {
    this.set({ busy: true, refused: undefined });
    this.notices.dismiss();
    try {
      const result = await this.api.login(user.trim(), password);
      const access = accessOf(result.user.role);
      if (access === 'none') {
        this.set({ busy: false, refused: result.user });
        return false;
      }
      this.api.token = result.token;
      this.keepLogin.setItem(LOGIN_KEY, JSON.stringify(result));
      this.set({ busy: false, user: result.user, access });
      return true;
    } catch (error) {
      this.set({ busy: false });
      this.notices.fail(error);
      return false;
    }
  }

  /** Forgets the login (the caller saves the draft first). */
  signOut(): void {
    this.api.token = undefined;
    this.keepLogin.removeItem(LOGIN_KEY);
    this.set({ user: undefined, access: 'none', refused: undefined });
  }

  /** An expired or revoked login (a 401 from the API): back to the sign-in screen. */
  expired(): void {
    this.signOut();
    this.notices.show({ kind: 'error', key: 'session.expired' });
  }

  setLanguage(language: Language): void {
    this.keepLanguage.setItem(LANGUAGE_KEY, language);
    this.api.language = language;
    this.set({ language });
  }
}
